import { describe, expect, it } from 'vitest';
import { drugById } from '../drugs/catalogue.js';
import type { Drug } from '../drugs/drug.js';
import { makePkParameters, pkParameters } from './pk-parameters.js';

const clonazepam = drugById('clonazepam');

describe('pkParameters', () => {
  it('takes CL/F, V/F per kg and ka from the catalogue, scaling volume by body weight', () => {
    const result = pkParameters(clonazepam, 70);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const pk = clonazepam.pharmacokinetics;
    expect(result.value.clearanceLPerH).toBe(pk.clearance?.value);
    expect(result.value.volumeL).toBeCloseTo((pk.volume?.value ?? 0) * 70, 12);
    expect(result.value.ka).toBe(pk.absorptionRate?.value);
    expect(result.value.ke).toBeCloseTo(result.value.clearanceLPerH / result.value.volumeL, 15);
    expect(result.value.bioavailability).toBe(1);
    expect(result.value.sources).toEqual({
      clearance: pk.clearance?.source,
      volume: pk.volume?.source,
      absorptionRate: pk.absorptionRate?.source,
    });
  });

  // Label (fda-klonopin-label): elimination half-life typically 30–40 h. The catalogue's CL/F
  // (greenblatt-2005) and V/F (stepdown-derived-pk) at 70 kg must imply a half-life inside it.
  it('implies a clonazepam half-life at 70 kg within the label’s 30–40 h', () => {
    const result = pkParameters(clonazepam, 70);
    if (!result.ok) throw new Error(result.error.message);
    const { typicalH } = clonazepam.pharmacokinetics.halfLife;
    expect(typicalH).toEqual({ low: 30, high: 40 });
    expect(result.value.halfLifeH).toBeGreaterThanOrEqual(typicalH.low);
    expect(result.value.halfLifeH).toBeLessThanOrEqual(typicalH.high);
    expect(result.value.halfLifeH).toBeCloseTo(33.85, 2);
  });

  it('says why the model cannot run for a drug without the parameters', () => {
    expect(pkParameters(drugById('diazepam'), 70)).toMatchObject({
      ok: false,
      error: { code: 'PK_DATA_MISSING', field: 'drug' },
    });
    const mislabelled: Drug = {
      ...clonazepam,
      pharmacokinetics: {
        ...clonazepam.pharmacokinetics,
        clearance: { value: 72, unit: 'mL/min', source: 'greenblatt-2005' },
      },
    };
    expect(pkParameters(mislabelled, 70)).toMatchObject({ ok: false, error: { code: 'PK_DATA_UNSUPPORTED' } });
  });

  it('rejects a body weight that is not a positive number', () => {
    for (const weight of [0, -70, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(pkParameters(clonazepam, weight)).toMatchObject({ ok: false, error: { code: 'WEIGHT_INVALID', field: 'weightKg' } });
    }
  });

  it('throws on non-positive raw values (a bug, not user input)', () => {
    const sources = { clearance: 'greenblatt-2005', volume: 'stepdown-derived-pk', absorptionRate: 'greenblatt-2005' } as const;
    expect(() => makePkParameters({ ka: 0, clearanceLPerH: 4.3, volumeL: 210, sources })).toThrow(RangeError);
    expect(() => makePkParameters({ ka: 1.7, clearanceLPerH: -1, volumeL: 210, sources })).toThrow(RangeError);
  });
});
