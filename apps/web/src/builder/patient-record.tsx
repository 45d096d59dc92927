import { DRUGS } from '@stepdown/core';
import type { Medication, PatientPlan } from '../api/builder.js';
import { drugName } from '../components/drug-select.js';
import { useI18n } from '../i18n/i18n.js';
import { formatMgNumber } from '../my-plan/format.js';

const FREQUENCY = ['daily', 'bid', 'tid', 'qid'] as const;

/** A recorded regimen as the builder's dose lines: timed doses as `0.5mg@08:00`, untimed ones as a count per day. */
export const regimenLines = (medication: Medication): string => {
  const timed = medication.regimen.filter((d) => d.time !== undefined).map((d) => `${d.amountMg}mg@${d.time}`);
  const untimed = medication.regimen.filter((d) => d.time === undefined).map((d) => d.amountMg);
  const first = untimed[0];
  const word = FREQUENCY[untimed.length - 1];
  const rest =
    first !== undefined && word && untimed.every((a) => a === first)
      ? [`${first}mg ${word}`]
      : untimed.map((amount) => `${amount}mg daily`);
  return [...timed, ...rest].join('\n');
};

/** The newest recorded medication that core's catalogue knows (the one a taper starts from). */
export const currentMedication = (medications: readonly Medication[]): Medication | undefined =>
  [...medications].filter((m) => DRUGS.some((d) => d.id === m.drug)).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];

/** What the record says before building: the current medicine the doses start from, and the plan in force. */
export const PatientRecordCard = ({
  medication,
  active,
}: {
  medication: Medication | undefined;
  active: PatientPlan | undefined;
}) => {
  const { t, locale } = useI18n();
  return (
    <section className="card" aria-labelledby="pp-record">
      <h2 id="pp-record">{t('patientPlan.record.heading')}</h2>
      <p>
        {medication
          ? t('patientPlan.record.medication', {
              drug: drugName(medication.drug),
              doses: medication.regimen
                .map((d) =>
                  t(d.time ? 'patientPlan.record.timedDose' : 'patientPlan.record.untimedDose', {
                    amount: formatMgNumber(locale, Math.round(d.amountMg * 1000)),
                    time: d.time ?? '',
                  }),
                )
                .join(', '),
            })
          : t('patientPlan.record.noMedication')}
      </p>
      <p>
        {active
          ? t('patientPlan.record.active', {
              version: active.versions.find((v) => v.id === active.activeVersionId)?.version ?? '?',
              next: active.latestVersion + 1,
            })
          : t('patientPlan.record.noActive')}
      </p>
    </section>
  );
};
