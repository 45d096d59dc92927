import { type DoseUnits, formatMg } from '@stepdown/core';

const KIND: Record<string, string> = { tablet: 'tablet', odt: 'dissolving tablet', capsule: 'capsule' };

/** "1 × 1 mg tablet + ½ × 0.5 mg tablet" or "2.5 mL of 0.1 mg/mL liquid". */
export const unitsText = (units: DoseUnits): string =>
  units
    .map((unit) => {
      if ('volumeUl' in unit) return `${unit.volumeUl / 1000} mL of ${unit.concentrationUgPerMl / 1000} mg/mL liquid`;
      const kind = KIND[unit.kind] ?? unit.kind;
      return unit.half
        ? `${unit.count} × half of a ${formatMg((unit.pieceUg * 2) as never)} ${kind}`
        : `${unit.count} × ${formatMg(unit.pieceUg)} ${kind}`;
    })
    .join(' + ');
