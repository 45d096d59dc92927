import { type DispenseQuantity, fillPeriods, type TaperPlan, totalQuantities } from '@stepdown/core';
import type { MessageKey } from '../i18n/en.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { formatDate, formatMg } from './format.js';
import { drugName } from './schedule-sheet.js';
import { ScrollTable } from './scroll-table.js';

type T = I18n['t'];

const isLiquid = (line: DispenseQuantity) => line.unit === 'µL';

const productText = (t: T, locale: string, line: DispenseQuantity): string =>
  t(`print.product.${isLiquid(line) ? 'oral-solution' : line.kind}` as MessageKey, {
    drug: drugName(line.drug),
    mg: formatMg(locale, line.strengthUg / 1000),
  });

const takenText = (t: T, locale: string, line: DispenseQuantity): string => {
  if (isLiquid(line)) return t('print.pharmacy.ml', { ml: formatMg(locale, line.quantity / 1000) });
  const parts = [
    ...(line.wholeTaken > 0 ? [t('print.pharmacy.whole', { count: line.wholeTaken })] : []),
    ...(line.halvesTaken > 0 ? [t('print.pharmacy.halves', { count: line.halvesTaken })] : []),
  ];
  const spare = line.spareHalves > 0 ? ` ${t('print.pharmacy.spare', { count: line.spareHalves })}` : '';
  return `${parts.join(' + ')}${spare}`;
};

const dispenseText = (t: T, locale: string, line: DispenseQuantity): string =>
  isLiquid(line)
    ? t('print.pharmacy.ml', { ml: formatMg(locale, line.quantity / 1000) })
    : t(line.unit === 'capsule' ? 'print.pharmacy.capsules' : 'print.pharmacy.tablets', { count: line.quantity });

const QuantityTable = ({
  caption,
  lines,
  withTaken,
}: {
  caption: string;
  lines: readonly DispenseQuantity[];
  withTaken: boolean;
}) => {
  const { t, locale } = useI18n();
  return (
    <ScrollTable label={caption}>
      <table className="print-table pharmacy-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('print.pharmacy.col.product')}</th>
            {withTaken ? <th scope="col">{t('print.pharmacy.col.taken')}</th> : null}
            <th scope="col">{t('print.pharmacy.col.dispense')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.formulationId}>
              <th scope="row">{productText(t, locale, line)}</th>
              {withTaken ? <td>{takenText(t, locale, line)}</td> : null}
              <td className="dose">{dispenseText(t, locale, line)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
};

/** Quantities per product for each fill period (core's fillPeriods), then for the whole plan. */
export const PharmacySheet = ({ plan, fillDays }: { plan: TaperPlan; fillDays: number }) => {
  const { t, locale } = useI18n();
  const periods = fillPeriods(plan, fillDays);
  return (
    <>
      <p className="print-summary">
        {t('print.pharmacy.summary', {
          start: formatDate(locale, plan.start),
          end: formatDate(locale, plan.end),
          days: plan.totalDays,
          fill: fillDays,
        })}
      </p>
      <p>{t('print.pharmacy.method')}</p>
      <p>{t('print.pharmacy.controlled')}</p>
      {plan.steps.some((s) => s.alternateDoses !== undefined) ? <p>{t('print.pharmacy.alternate')}</p> : null}
      {periods.map((period) => {
        const heading = t('print.pharmacy.fill', {
          number: period.index + 1,
          start: formatDate(locale, period.start),
          end: formatDate(locale, period.end),
          days: period.days,
        });
        return (
          // Plain blocks, not landmarks: each table's scroll region already carries the fill's name.
          <div key={period.index} className="fill-period">
            <h2>{heading}</h2>
            <QuantityTable caption={heading} lines={period.lines} withTaken />
          </div>
        );
      })}
      <div className="fill-period">
        <h2>{t('print.pharmacy.total')}</h2>
        <QuantityTable caption={t('print.pharmacy.total')} lines={totalQuantities(periods)} withTaken={false} />
      </div>
    </>
  );
};
