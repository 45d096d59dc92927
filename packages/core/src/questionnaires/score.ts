import { err, ok, type Result } from '../result.js';
import type { Answers, Band, Instrument, ItemFlag, QuestionItem, ScoringOptions, Trigger } from './instrument.js';

export interface Score {
  readonly instrumentId: string;
  readonly version: string;
  /** The sum of the scored items (or the instrument's own count); null for a diary. */
  readonly total: number | null;
  readonly range: { readonly min: number; readonly max: number } | null;
  readonly band: Band | null;
  readonly flags: readonly ItemFlag[];
  readonly triggers: readonly Trigger[];
  /** The answers as accepted, numbers for choices and yes/no (1 = yes). */
  readonly answers: Readonly<Record<string, number | string>>;
}

const asked = (item: QuestionItem, answers: Readonly<Record<string, number | string>>): boolean =>
  !item.enableWhen || item.enableWhen.anyOf.some((rule) => rule.values.includes(Number(answers[rule.item])));

const expectedOf = (item: QuestionItem): string => {
  switch (item.kind) {
    case 'choice':
      return item.options.map((o) => `${o.value} (${o.label})`).join(', ');
    case 'yes-no':
      return 'yes or no (1 or 0)';
    case 'number':
      return `${item.integer ? 'a whole number' : 'a number'} from ${item.min} to ${item.max} ${item.unit}`;
    case 'text':
      return `text of at most ${item.maxLength} characters`;
  }
};

const accept = (item: QuestionItem, raw: number | boolean | string): number | string | undefined => {
  switch (item.kind) {
    case 'choice': {
      const value = typeof raw === 'string' ? Number(raw) : raw;
      return typeof value === 'number' && item.options.some((o) => o.value === value) ? value : undefined;
    }
    case 'yes-no': {
      if (raw === true || raw === 1 || raw === '1' || (typeof raw === 'string' && /^(y|yes)$/i.test(raw))) return 1;
      if (raw === false || raw === 0 || raw === '0' || (typeof raw === 'string' && /^(n|no)$/i.test(raw))) return 0;
      return undefined;
    }
    case 'number': {
      const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < item.min || value > item.max) return undefined;
      return item.integer && !Number.isInteger(value) ? undefined : value;
    }
    case 'text':
      return typeof raw === 'string' && raw.length <= item.maxLength ? raw : undefined;
  }
};

/**
 * Scores a completed instrument: checks every answer against its item, sums
 * the scored items, finds the band and applies the instrument's own rules
 * (flags, triggers for other instruments or for triage). Missing or invalid
 * answers are errors naming the item; nothing is guessed.
 */
export const scoreInstrument = (instrument: Instrument, answers: Answers, options: ScoringOptions = {}): Result<Score> => {
  const accepted: Record<string, number | string> = {};
  const known = new Set(instrument.items.map((item) => item.id));
  const unknown = Object.keys(answers).find((id) => !known.has(id));
  if (unknown) {
    return err('ANSWER_UNKNOWN_ITEM', `"${unknown}" is not an item of ${instrument.shortTitle}.`, {
      field: unknown,
      expected: instrument.items.map((item) => item.id).join(', '),
    });
  }
  for (const item of instrument.items) {
    const raw = answers[item.id];
    if (!asked(item, accepted)) continue;
    if (raw === undefined || raw === '') {
      if (item.optional) continue;
      return err('ANSWER_MISSING', `${instrument.shortTitle}: "${item.text}" has no answer.`, {
        field: item.id,
        expected: expectedOf(item),
      });
    }
    const value = accept(item, raw);
    if (value === undefined) {
      return err('ANSWER_INVALID', `${instrument.shortTitle}: ${JSON.stringify(raw)} is not an answer to "${item.text}".`, {
        field: item.id,
        expected: expectedOf(item),
      });
    }
    accepted[item.id] = value;
  }
  const sum = instrument.scoredItems.reduce(
    (total, id) => total + (typeof accepted[id] === 'number' ? (accepted[id] as number) : 0),
    0,
  );
  const evaluation = instrument.evaluate?.(accepted, sum, options) ?? {};
  const total = instrument.scoredItems.length > 0 || evaluation.total !== undefined ? (evaluation.total ?? sum) : null;
  const band =
    evaluation.band !== undefined
      ? evaluation.band
      : total === null
        ? null
        : (instrument.bands.find((b) => total >= b.min && total <= b.max) ?? null);
  return ok({
    instrumentId: instrument.id,
    version: instrument.version,
    total,
    range: instrument.range ?? null,
    band,
    flags: evaluation.flags ?? [],
    triggers: evaluation.triggers ?? [],
    answers: accepted,
  });
};
