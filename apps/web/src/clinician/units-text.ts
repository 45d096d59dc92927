import type { DoseUnits, LiquidMeasure, PlannedDose } from '@stepdown/core';
import type { MessageKey } from '../i18n/en.js';
import type { I18n } from '../i18n/i18n.js';
import { formatMg } from './format.js';

type T = I18n['t'];

const isLiquid = (units: DoseUnits): units is readonly [LiquidMeasure] => {
  const first = units[0];
  return units.length === 1 && first !== undefined && 'volumeUl' in first;
};

/** "1 × 1 mg tablet + half of a 0.5 mg tablet", or the volume of a liquid, in the reader's language. */
export const unitsText = (t: T, locale: string, units: DoseUnits): string => {
  if (isLiquid(units)) {
    const [liquid] = units;
    return t('print.unit.liquid', {
      ml: formatMg(locale, liquid.volumeUl / 1000),
      mg: formatMg(locale, liquid.concentrationUgPerMl / 1000),
    });
  }
  const pieces = units as Exclude<DoseUnits, readonly [LiquidMeasure]>;
  if (pieces.length === 0) return t('print.unit.nothing');
  return pieces
    .map((piece) => {
      const strength = formatMg(locale, (piece.half ? piece.pieceUg * 2 : piece.pieceUg) / 1000);
      const form = piece.half ? 'half' : piece.kind === 'odt' || piece.kind === 'capsule' ? piece.kind : 'tablet';
      return t(`print.unit.${form}.${piece.count === 1 ? 'one' : 'other'}` as MessageKey, {
        count: piece.count,
        mg: strength,
      });
    })
    .join(' + ');
};

export const usesOdt = (doses: readonly PlannedDose[]) =>
  doses.some((d) => !isLiquid(d.units) && d.units.some((p) => 'kind' in p && p.kind === 'odt'));
export const usesHalves = (doses: readonly PlannedDose[]) =>
  doses.some((d) => !isLiquid(d.units) && d.units.some((p) => 'half' in p && p.half));
export const usesLiquid = (doses: readonly PlannedDose[]) => doses.some((d) => isLiquid(d.units));
