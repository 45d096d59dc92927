import { DRUGS, type PlannedDose, type PlanStep, type TaperPlan } from '@stepdown/core';
import { useI18n } from '../i18n/i18n.js';
import { formatDate, formatMg } from './format.js';
import { ScrollTable } from './scroll-table.js';
import { unitsText, usesHalves, usesLiquid, usesOdt } from './units-text.js';

/** Core's drug name for an id (generic names are not translated); the id itself if core does not know it. */
export const drugName = (id: string): string => DRUGS.find((d) => d.id === id)?.name ?? id;

const byTime = (a: PlannedDose, b: PlannedDose) => a.time.localeCompare(b.time);

const SAFETY = ['print.safety.1', 'print.safety.2', 'print.safety.3', 'print.safety.4', 'print.safety.5'] as const;

type Row = { readonly key: string; readonly time: string; readonly dose: string; readonly what: string };

const StepRows = ({ step, plan }: { step: PlanStep; plan: TaperPlan }) => {
  const { t, locale } = useI18n();
  const dose = (d: PlannedDose) =>
    t('print.schedule.dose', { amount: formatMg(locale, d.amountUg / 1000), drug: drugName(d.drug) });
  const rows: Row[] = [];
  if (step.alternateDoses === undefined) {
    for (const d of step.doses.toSorted(byTime))
      rows.push({ key: `${d.time}-${d.drug}`, time: d.time, dose: dose(d), what: unitsText(t, locale, d.units) });
  } else {
    // Alternate days: the step's 1st, 3rd… days take `doses`, its 2nd, 4th… days `alternateDoses` (maybe none).
    for (const [set, label] of [
      [step.doses, 'print.schedule.oddDays'],
      [step.alternateDoses, 'print.schedule.evenDays'],
    ] as const) {
      if (set.length === 0) rows.push({ key: label, time: '—', dose: t(label, { dose: t('print.schedule.noDose') }), what: '—' });
      for (const d of set.toSorted(byTime))
        rows.push({
          key: `${label}-${d.time}-${d.drug}`,
          time: d.time,
          dose: t(label, { dose: dose(d) }),
          what: unitsText(t, locale, d.units),
        });
    }
  }
  if (rows.length === 0) {
    const stopped = [...new Set(plan.steps.flatMap((s) => s.doses.map((d) => d.drug)))].map(drugName).join(', ');
    rows.push({ key: 'none', time: '—', dose: t('print.schedule.noMore', { drug: stopped }), what: '—' });
  }
  const kind = t(`plan.kind.${step.kind}`);
  const change =
    step.cutPercent !== null && step.cutPercent > 0
      ? t('print.schedule.cut', {
          kind,
          percent: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(step.cutPercent),
        })
      : kind;
  return (
    <tbody className="step-group">
      {rows.map((row, i) => (
        <tr key={row.key}>
          {i === 0 ? (
            <>
              <th scope="rowgroup" rowSpan={rows.length}>
                {t('print.schedule.stepNumber', { number: step.index + 1 })}
                <br />
                <span className="step-kind">{change}</span>
              </th>
              <td rowSpan={rows.length}>
                {step.start === step.end
                  ? t('print.schedule.from', { date: formatDate(locale, step.start) })
                  : t('print.schedule.dates', {
                      start: formatDate(locale, step.start),
                      end: formatDate(locale, step.end),
                      days: step.days,
                    })}
              </td>
            </>
          ) : null}
          <td className="dose-time-cell">{row.time}</td>
          <td className="dose">{row.dose}</td>
          <td>{row.what}</td>
        </tr>
      ))}
    </tbody>
  );
};

/** The patient's schedule: safety first, then every step's dates and doses with the tablets that make them. */
export const ScheduleSheet = ({ plan }: { plan: TaperPlan }) => {
  const { t, locale } = useI18n();
  const doses = plan.steps.flatMap((s) => [...s.doses, ...(s.alternateDoses ?? [])]);
  const alternate = plan.steps.some((s) => s.alternateDoses !== undefined);
  const notes = [
    ...(alternate ? [t('print.note.alternate')] : []),
    ...(usesOdt(doses) ? [t('print.note.odt')] : []),
    ...(usesHalves(doses) ? [t('print.note.halves')] : []),
    ...(usesLiquid(doses) ? [t('print.note.liquid')] : []),
  ];
  return (
    <>
      <section className="print-safety" aria-labelledby="safety-heading">
        <h2 id="safety-heading">{t('print.safety.heading')}</h2>
        <ul>
          {SAFETY.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
      <p className="print-summary">
        {t('print.schedule.summary', {
          start: formatDate(locale, plan.start),
          end: formatDate(locale, plan.end),
          steps: plan.steps.length,
          days: plan.totalDays,
        })}
      </p>
      <section aria-labelledby="schedule-heading">
        <h2 id="schedule-heading">{t('print.schedule.heading')}</h2>
        <ScrollTable label={t('print.schedule.caption')}>
          <table className="print-table schedule-table">
            <caption className="visually-hidden">{t('print.schedule.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('print.schedule.col.step')}</th>
                <th scope="col">{t('print.schedule.col.dates')}</th>
                <th scope="col">{t('print.schedule.col.time')}</th>
                <th scope="col">{t('print.schedule.col.dose')}</th>
                <th scope="col">{t('print.schedule.col.what')}</th>
              </tr>
            </thead>
            {plan.steps.map((step) => (
              <StepRows key={step.index} step={step} plan={plan} />
            ))}
          </table>
        </ScrollTable>
      </section>
      {notes.length > 0 ? (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">{t('print.note.heading')}</h2>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
};
