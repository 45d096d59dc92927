import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInstrument, INSTRUMENTS } from './catalogue.js';
import type { Answers, Instrument } from './instrument.js';
import { ASQ } from './instruments/asq.js';
import { BWSQ } from './instruments/bwsq.js';
import { CIWA_B } from './instruments/ciwa-b.js';
import { DAILY_CHECK_IN } from './instruments/daily-check-in.js';
import { DSM5_CHECKLIST } from './instruments/dsm5-checklist.js';
import { GAD7 } from './instruments/gad7.js';
import { PHQ9 } from './instruments/phq9.js';
import { SDS } from './instruments/sds.js';
import { type Score, scoreInstrument } from './score.js';

const fill = (instrument: Instrument, values: readonly number[]): Answers =>
  Object.fromEntries(
    instrument.items
      .filter((item) => item.kind === 'choice' || item.kind === 'yes-no')
      .map((item, i) => [item.id, values[i] ?? 0]),
  );
const score = (instrument: Instrument, answers: Answers, options = {}): Score => {
  const result = scoreInstrument(instrument, answers, options);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

describe('PHQ-9 (Kroenke 2001 bands: 5 mild, 10 moderate, 15 moderately severe, 20 severe)', () => {
  it('scores the published band edges', () => {
    const cases: [number[], number, string][] = [
      [[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 'minimal'],
      [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, 'mild'],
      [[2, 2, 2, 2, 2, 0, 0, 0, 0], 10, 'moderate'],
      [[3, 3, 3, 3, 3, 0, 0, 0, 0], 15, 'moderately-severe'],
      [[3, 3, 3, 3, 3, 3, 2, 0, 0], 20, 'severe'],
      [[3, 3, 3, 3, 3, 3, 3, 3, 3], 27, 'severe'],
    ];
    for (const [values, total, band] of cases) {
      const s = score(PHQ9, fill(PHQ9, values));
      expect([s.total, s.band?.id]).toEqual([total, band]);
    }
  });

  it('item 9 above 0 triggers the suicide screen whatever the total', () => {
    const s = score(PHQ9, fill(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 1]));
    expect(s.total).toBe(1);
    expect(s.band?.id).toBe('minimal');
    expect(s.triggers).toEqual([expect.objectContaining({ kind: 'instrument', instrumentId: 'asq' })]);
    expect(s.flags.map((f) => f.code)).toEqual(['SUICIDE_ITEM_POSITIVE']);
    expect(score(PHQ9, fill(PHQ9, [3, 3, 3, 3, 3, 3, 3, 3, 0])).triggers).toEqual([]);
  });

  it('uses the official wording and LOINC codes (panel 44249-1, item 9 44260-8)', () => {
    expect(PHQ9.items[8]).toMatchObject({
      text: 'Thoughts that you would be better off dead or of hurting yourself in some way',
      loinc: '44260-8',
    });
    expect(PHQ9.loinc).toMatchObject({ panel: '44249-1', total: '44261-6' });
  });
});

describe('GAD-7 (Spitzer 2006 bands: 5 mild, 10 moderate, 15 severe)', () => {
  it('scores the published band edges', () => {
    const cases: [number[], number, string][] = [
      [[0, 0, 0, 0, 1, 1, 2], 4, 'minimal'],
      [[1, 1, 1, 1, 1, 0, 0], 5, 'mild'],
      [[2, 2, 2, 2, 1, 1, 0], 10, 'moderate'],
      [[3, 3, 3, 2, 2, 1, 1], 15, 'severe'],
      [[3, 3, 3, 3, 3, 3, 3], 21, 'severe'],
    ];
    for (const [values, total, band] of cases) {
      const s = score(GAD7, fill(GAD7, values));
      expect([s.total, s.band?.id]).toEqual([total, band]);
    }
  });
});

describe('SDS (de las Cuevas 2000: benzodiazepine cut-off 7; Cheng 2019: 6 in older adults)', () => {
  it('reports only the cut-off, never an invented severity', () => {
    expect(score(SDS, fill(SDS, [2, 2, 1, 1, 1])).band?.id).toBe('suggests-dependence'); // 7
    expect(score(SDS, fill(SDS, [2, 1, 1, 1, 1])).band?.id).toBe('below-cut-off'); // 6
    expect(score(SDS, fill(SDS, [2, 1, 1, 1, 1]), { sdsCutOff: 6 }).band?.id).toBe('suggests-dependence');
    expect(score(SDS, fill(SDS, [3, 3, 3, 3, 3])).total).toBe(15);
  });

  it('a positive screen suggests the use-disorder checklist', () => {
    expect(score(SDS, fill(SDS, [2, 2, 1, 1, 1])).triggers).toEqual([expect.objectContaining({ instrumentId: 'dsm5' })]);
  });
});

describe('DSM-5-based checklist (2–3 mild, 4–5 moderate, 6+ severe)', () => {
  const answers = (supervised: number, met: number[]): Answers => ({
    supervised,
    ...Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`c${i + 1}`, met.includes(i + 1) ? 1 : 0])),
  });

  it('does not count tolerance and withdrawal under prescribed, supervised use: dependence is not a use disorder', () => {
    const s = score(DSM5_CHECKLIST, answers(1, [10, 11]));
    expect(s.total).toBe(0);
    expect(s.band?.id).toBe('not-met');
    expect(s.flags.map((f) => f.code)).toEqual(['NOT_COUNTED_UNDER_SUPERVISION', 'NOT_COUNTED_UNDER_SUPERVISION']);
    expect(score(DSM5_CHECKLIST, answers(0, [10, 11])).band?.id).toBe('mild');
  });

  it('grades severity by the number of criteria', () => {
    expect(score(DSM5_CHECKLIST, answers(0, [1])).band?.id).toBe('not-met');
    expect(score(DSM5_CHECKLIST, answers(0, [1, 2, 3])).band?.id).toBe('mild');
    expect(score(DSM5_CHECKLIST, answers(0, [1, 2, 3, 4])).band?.id).toBe('moderate');
    expect(score(DSM5_CHECKLIST, answers(1, [1, 2, 3, 4, 5, 10, 11])).band?.id).toBe('moderate');
    expect(score(DSM5_CHECKLIST, answers(0, [1, 2, 3, 4, 5, 6])).band?.id).toBe('severe');
  });
});

describe('BWSQ (Tyrer 1990: 20 items 0–2, total 0–40, no cut-offs)', () => {
  it('totals without a band', () => {
    const s = score(BWSQ, fill(BWSQ, Array(20).fill(2)));
    expect(s.total).toBe(40);
    expect(s.band).toBeNull();
  });

  it('hallucinations need help now', () => {
    const values = Array(20).fill(0);
    values[16] = 1;
    expect(score(BWSQ, fill(BWSQ, values)).triggers).toEqual([expect.objectContaining({ kind: 'triage', urgency: 'emergency' })]);
  });
});

describe('CIWA-B (Busto 1989; bands 1–20 mild, 21–40 moderate, 41–60 severe, 61–80 very severe, low confidence)', () => {
  it('has 17 asked and 3 observed items, 0–4 each', () => {
    expect(CIWA_B.items.filter((i) => i.ratedBy === 'self')).toHaveLength(17);
    expect(CIWA_B.items.filter((i) => i.ratedBy === 'observer')).toHaveLength(3);
  });

  it('scores the band edges, marked low confidence', () => {
    const cases: [number, string][] = [
      [0, 'none'],
      [20, 'mild'],
      [21, 'moderate'],
      [40, 'moderate'],
      [41, 'severe'],
      [61, 'very-severe'],
      [80, 'very-severe'],
    ];
    for (const [total, band] of cases) {
      const values = Array.from({ length: 20 }, (_, i) => Math.max(0, Math.min(4, total - i * 4)));
      const s = score(CIWA_B, fill(CIWA_B, values));
      expect([s.total, s.band?.id, s.band?.confidence]).toEqual([total, band, 'low']);
    }
  });

  it('severe withdrawal asks for an urgent medical review', () => {
    expect(score(CIWA_B, fill(CIWA_B, Array(20).fill(3))).triggers).toEqual([
      expect.objectContaining({ kind: 'triage', urgency: 'urgent' }),
    ]);
  });
});

describe('ASQ (NIMH): any yes is positive; yes to the acuity question is an acute positive', () => {
  it('negative: the acuity question is not asked', () => {
    const s = score(ASQ, { q1: 'no', q2: 'no', q3: 'no', q4: 'no' });
    expect(s.band?.id).toBe('negative');
    expect(s.triggers).toEqual([]);
  });

  it('non-acute positive is urgent; acute positive is an emergency', () => {
    expect(score(ASQ, { q1: 'yes', q2: 'no', q3: 'no', q4: 'no', q5: 'no' })).toMatchObject({
      band: { id: 'non-acute-positive' },
      triggers: [{ kind: 'triage', urgency: 'urgent' }],
    });
    expect(score(ASQ, { q1: 'no', q2: 'no', q3: 'yes', q4: 'no', q5: 'yes' })).toMatchObject({
      band: { id: 'acute-positive' },
      triggers: [{ kind: 'triage', urgency: 'emergency' }],
    });
  });

  it('a positive answer without the acuity question is incomplete, not assumed safe', () => {
    expect(scoreInstrument(ASQ, { q1: 1, q2: 0, q3: 0, q4: 0 })).toMatchObject({
      ok: false,
      error: { code: 'ANSWER_MISSING', field: 'q5' },
    });
  });
});

describe('daily check-in', () => {
  it('flags what the care team should see, without a total', () => {
    const s = score(DAILY_CHECK_IN, {
      withdrawal: 8,
      anxiety: 6,
      sleepHours: 4.5,
      sleepQuality: 3,
      tremor: 2,
      dosesAsPlanned: 'no',
      extraDoses: 1,
      otherSedatives: 'yes',
      note: 'rough night',
    });
    expect(s.total).toBeNull();
    expect(s.flags.map((f) => f.code)).toEqual([
      'SEVERE_WITHDRAWAL_RATING',
      'DOSES_NOT_AS_PLANNED',
      'EXTRA_DOSES',
      'OTHER_SEDATIVES',
    ]);
  });
});

describe('scoreInstrument', () => {
  it('names the item at fault for a missing, invalid or unknown answer', () => {
    expect(scoreInstrument(GAD7, { q1: 1 })).toMatchObject({ ok: false, error: { code: 'ANSWER_MISSING', field: 'q2' } });
    expect(scoreInstrument(GAD7, { ...fill(GAD7, []), q3: 4 })).toMatchObject({
      ok: false,
      error: { code: 'ANSWER_INVALID', field: 'q3', expected: /0 \(Not at all\)/ },
    });
    expect(scoreInstrument(GAD7, { ...fill(GAD7, []), q8: 1 })).toMatchObject({
      ok: false,
      error: { code: 'ANSWER_UNKNOWN_ITEM', field: 'q8' },
    });
    expect(findInstrument('cssrs')).toMatchObject({ ok: false, error: { code: 'INSTRUMENT_UNKNOWN' } });
  });

  it('every total lies in the instrument range and its band contains it (property)', () => {
    const scored = INSTRUMENTS.filter((i) => i.scoredItems.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...scored), fc.array(fc.nat(), { minLength: 20, maxLength: 20 }), (instrument, seeds) => {
        const answers = Object.fromEntries(
          instrument.items.map((item, i) => [
            item.id,
            item.kind === 'choice' ? (item.options[(seeds[i] ?? 0) % item.options.length]?.value ?? 0) : 0,
          ]),
        );
        const s = score(instrument, answers);
        expect(s.total).toBeGreaterThanOrEqual(instrument.range?.min ?? 0);
        expect(s.total).toBeLessThanOrEqual(instrument.range?.max ?? 0);
        if (s.band && s.total !== null && instrument.bands.length) {
          expect(s.total).toBeGreaterThanOrEqual(s.band.min);
          expect(s.total).toBeLessThanOrEqual(s.band.max);
        }
      }),
    );
  });

  it('bands tile the whole range with no gap or overlap', () => {
    for (const instrument of INSTRUMENTS.filter((i) => i.bands.length > 0)) {
      const sorted = [...instrument.bands].sort((a, b) => a.min - b.min);
      expect(sorted[0]?.min, instrument.id).toBe(instrument.range?.min);
      expect(sorted.at(-1)?.max, instrument.id).toBe(instrument.range?.max);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]?.min, instrument.id).toBe((sorted[i - 1]?.max ?? 0) + 1);
    }
  });
});
