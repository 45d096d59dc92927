import { BWSQ, DAILY_CHECK_IN, GAD7, type Instrument, PHQ9, type QuestionItem } from '@stepdown/core';
import type { Answers } from '../api/check-ins.js';
import { DEFAULT_SCHEDULE, type QuestionnaireSchedule, type ScheduleKey } from '../api/questionnaire-schedule.js';
import type { MessageKey } from '../i18n/en.js';
import type { I18n } from '../i18n/i18n.js';

type T = I18n['t'];

/**
 * The questionnaires a patient fills in here, with how often each is asked (days) until the
 * clinician sets a schedule, and the schedule's field for it.
 */
export const QUESTIONNAIRES = [
  { instrument: BWSQ, everyDays: DEFAULT_SCHEDULE.bwsqDays, scheduleKey: 'bwsqDays' },
  { instrument: PHQ9, everyDays: DEFAULT_SCHEDULE.phq9Days, scheduleKey: 'phq9Days' },
  { instrument: GAD7, everyDays: DEFAULT_SCHEDULE.gad7Days, scheduleKey: 'gad7Days' },
] as const satisfies readonly { instrument: Instrument; everyDays: number; scheduleKey: ScheduleKey }[];

export type QuestionnaireId = 'bwsq' | 'phq9' | 'gad7';

/** A question as the form shows it: already in the person's language. */
export type ItemView = { readonly id: string; readonly label: string; readonly hint?: string; readonly optional: boolean } & (
  | {
      readonly kind: 'choice';
      readonly options: readonly { readonly value: number; readonly label: string }[];
      readonly scale: boolean;
    }
  | { readonly kind: 'number'; readonly min: number; readonly max: number; readonly integer: boolean }
  | { readonly kind: 'text'; readonly maxLength: number }
);

/** The catalogue prefix of an instrument's own texts. */
const prefix = (instrument: Instrument): string =>
  instrument.id === DAILY_CHECK_IN.id ? 'checkIn.daily' : `checkIn.q.${instrument.id}`;

export const itemKey = (instrument: Instrument, itemId: string) => `${prefix(instrument)}.${itemId}` as MessageKey;

/** Every catalogue key an instrument's form needs (tests check they all exist). */
export const optionKey = (instrument: Instrument, item: QuestionItem, value: number): MessageKey => {
  if (item.kind === 'yes-no') return value === 1 ? 'checkIn.yes' : 'checkIn.no';
  if (instrument.id === PHQ9.id || instrument.id === GAD7.id) return `checkIn.q.freq.${value}` as MessageKey;
  if (instrument.id === BWSQ.id) return `checkIn.q.bwsq.option.${value}` as MessageKey;
  return `${itemKey(instrument, item.id)}.${value}` as MessageKey;
};

/** Daily-check-in items that carry a short hint under the question. */
const HINTED = new Set(['withdrawal', 'anxiety', 'sleepHours', 'sleepQuality', 'extraDoses']);

/**
 * Core's items as form controls: a 0–10 whole-number rating becomes a row of
 * numbered radio buttons (every value visible and one tap away), other numbers
 * a text input, choices and yes/no radio groups.
 */
export const itemViews = (instrument: Instrument, t: T): ItemView[] =>
  instrument.items.map((item): ItemView => {
    const common = {
      id: item.id,
      label: t(itemKey(instrument, item.id)),
      optional: item.optional === true,
      ...(instrument.id === DAILY_CHECK_IN.id && HINTED.has(item.id)
        ? { hint: t(`${itemKey(instrument, item.id)}.hint` as MessageKey) }
        : {}),
    };
    switch (item.kind) {
      case 'choice':
        return {
          ...common,
          kind: 'choice',
          scale: false,
          options: item.options.map((o) => ({ value: o.value, label: t(optionKey(instrument, item, o.value)) })),
        };
      case 'yes-no':
        return {
          ...common,
          kind: 'choice',
          scale: false,
          options: [1, 0].map((value) => ({ value, label: t(optionKey(instrument, item, value)) })),
        };
      case 'number':
        if (item.integer && item.max - item.min <= 10)
          return {
            ...common,
            kind: 'choice',
            scale: true,
            options: Array.from({ length: item.max - item.min + 1 }, (_, i) => ({
              value: item.min + i,
              label: String(item.min + i),
            })),
          };
        return { ...common, kind: 'number', min: item.min, max: item.max, integer: item.integer };
      default:
        return { ...common, kind: 'text', maxLength: item.maxLength };
    }
  });

export type Draft = Readonly<Record<string, string>>;

const parseNumber = (raw: string): number => (raw.trim() === '' ? Number.NaN : Number(raw.trim().replace(',', '.')));

/** Checks every answer at once (core's scorer stops at the first), so each question shows its own mistake. */
export const validate = (items: readonly ItemView[], draft: Draft, t: T): Record<string, string> => {
  const errors: Record<string, string> = {};
  for (const item of items) {
    const raw = draft[item.id] ?? '';
    if (raw.trim() === '') {
      if (!item.optional) errors[item.id] = t('checkIn.error.required');
      continue;
    }
    if (item.kind === 'number') {
      const value = parseNumber(raw);
      const ok = Number.isFinite(value) && value >= item.min && value <= item.max && (!item.integer || Number.isInteger(value));
      if (!ok)
        errors[item.id] = t(item.integer ? 'checkIn.error.whole' : 'checkIn.error.number', { min: item.min, max: item.max });
    }
  }
  return errors;
};

/** The answers as the API takes them: numbers for choices and numbers, text as typed; empty optional answers left out. */
export const toAnswers = (items: readonly ItemView[], draft: Draft): Answers => {
  const answers: Record<string, number | string> = {};
  for (const item of items) {
    const raw = draft[item.id] ?? '';
    if (raw.trim() === '') continue;
    answers[item.id] = item.kind === 'text' ? raw : parseNumber(raw);
  }
  return answers;
};

/** When an instrument was last completed, from the responses read back (newest wins). */
export const lastDone = (responses: readonly { instrumentId: string; completedAt: string }[], id: string): string | undefined =>
  responses
    .filter((r) => r.instrumentId === id)
    .map((r) => r.completedAt)
    .sort()
    .at(-1);

/** Due when never done, or when the last one is at least `everyDays` days old. */
export const isDue = (last: string | undefined, everyDays: number, now: Date): boolean =>
  last === undefined || now.getTime() - Date.parse(last) >= everyDays * 86_400_000;

export interface ScheduledQuestionnaire {
  readonly instrument: Instrument;
  readonly everyDays: number;
  /** True when the care team set the schedule; false while the defaults apply. */
  readonly setByCareTeam: boolean;
}

/** The questionnaires to ask, in a stable order: the care team's schedule (0 = not asked), else the defaults. */
export const scheduledQuestionnaires = (schedule: QuestionnaireSchedule | null): readonly ScheduledQuestionnaire[] =>
  QUESTIONNAIRES.map(({ instrument, everyDays, scheduleKey }) => ({
    instrument,
    everyDays: schedule ? schedule[scheduleKey] : everyDays,
    setByCareTeam: schedule !== null,
  })).filter((q) => q.everyDays > 0);
