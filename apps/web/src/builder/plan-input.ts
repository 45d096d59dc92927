import {
  type CoreError,
  DEFAULT_LIQUID_STEP_UL,
  parseDose,
  parseIsoDate,
  parseRegimen,
  type StrategyId,
  type TaperInput,
  type TaperPlan,
} from '@stepdown/core';
import { type I18n, isMessageKey } from '../i18n/i18n.js';

/** The builder's inputs as typed: text stays text until core reads it, so nothing typed is lost. */
export interface PlanForm {
  readonly drug: string;
  readonly doses: string;
  readonly start: string;
  readonly strategy: StrategyId;
  readonly cut: string;
  readonly every: string;
  readonly shortTermUse: boolean;
  readonly viaDiazepam: boolean;
  readonly patterns: boolean;
  /** Products the plan may use; absent means core's default (every tablet and ODT, both markets). */
  readonly forms?: FormsForm;
}

export interface FormsForm {
  readonly tablets: boolean;
  readonly odt: boolean;
  /** An oral liquid's strength per mL as typed (`0.1mg`); empty for no liquid. */
  readonly liquid: string;
  readonly market: '' | 'US' | 'UK';
}

export const DEFAULT_FORMS: FormsForm = { tablets: true, odt: true, liquid: '', market: '' };

/** A new builder's form: the strategy's default pace from today; `choices` fills in what is known (drug, doses, products). */
export const newPlanForm = (choices: Partial<PlanForm> = {}): PlanForm => ({
  drug: 'clonazepam',
  doses: '',
  start: localToday(),
  strategy: 'joint-2025',
  cut: '',
  every: '',
  shortTermUse: false,
  viaDiazepam: false,
  patterns: false,
  ...choices,
});

export type PlanField = 'drug' | 'doses' | 'start' | 'strategy' | 'cut' | 'every' | 'forms' | 'form';

/** Core and the API name fields as the CLI flags and JSON do (`cut`, `cutPercent`, `doses[1]`); this maps them to the inputs. */
const FIELD_OF: Readonly<Record<string, PlanField>> = {
  drug: 'drug',
  dose: 'doses',
  doses: 'doses',
  start: 'start',
  strategy: 'strategy',
  via: 'strategy',
  cut: 'cut',
  cutPercent: 'cut',
  every: 'every',
  intervalDays: 'every',
  forms: 'forms',
};
export const planField = (field: string | undefined): PlanField => FIELD_OF[(field ?? '').split(/[.[]/)[0] ?? ''] ?? 'form';

export type PlanOutcome =
  | { readonly ok: true; readonly plan: TaperPlan }
  | { readonly ok: false; readonly field: PlanField; readonly error: CoreError };

/** A cut or step length as typed → a number (`10%`, `7,5` read as 10 and 7.5); undefined when left empty. */
const numberIn = (text: string): number | undefined =>
  text.trim() === '' ? undefined : Number(text.trim().replace(/%$/, '').replace(',', '.'));

/** Why a typed cut or step length is not a positive number; undefined when it is one or left empty. */
const numberError = (text: string, field: 'cut' | 'every'): CoreError | undefined => {
  const value = numberIn(text);
  if (value === undefined || (Number.isFinite(value) && value > 0)) return undefined;
  return field === 'cut'
    ? { code: 'CUT_OUT_OF_RANGE', message: `"${text}" is not a percentage.`, field }
    : { code: 'INTERVAL_OUT_OF_RANGE', message: `"${text}" is not a number of days.`, field };
};

export const doseLines = (doses: string): string[] =>
  doses
    .split(/\r?\n|,/)
    .map((line) => line.trim())
    .filter(Boolean);

type Read<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly field: PlanField; readonly error: CoreError };

/** The choices the planner input and the API body carry alike (both name them as core does). */
interface Pace {
  readonly cutPercent?: number;
  readonly intervalDays?: number;
  readonly shortTermUse?: boolean;
  readonly via?: 'diazepam';
  readonly patterns?: boolean;
}

const paceOf = (form: PlanForm): Pace => {
  const cut = numberIn(form.cut);
  const every = numberIn(form.every);
  return {
    ...(cut === undefined ? {} : { cutPercent: cut }),
    ...(every === undefined ? {} : { intervalDays: every }),
    ...(form.shortTermUse ? { shortTermUse: true } : {}),
    ...(form.viaDiazepam && form.strategy === 'ashton' ? { via: 'diazepam' as const } : {}),
    ...(form.patterns ? { patterns: true } : {}),
  };
};

/** The product choices both shapes share; only the liquid differs (µg per mL for core, text for the API). */
const productsOf = (forms: FormsForm) => ({
  tablets: forms.tablets,
  odt: forms.odt,
  ...(forms.market === '' ? {} : { market: forms.market }),
});

const readForms = (forms: FormsForm | undefined): Read<TaperInput['forms']> => {
  if (!forms) return { ok: true, value: undefined };
  if (forms.liquid.trim() === '') return { ok: true, value: productsOf(forms) };
  const strength = parseDose(forms.liquid);
  if (!strength.ok) return { ok: false, field: 'forms', error: strength.error };
  // The API's default syringe step, so the preview is the plan the server makes.
  const liquid = { concentrationUgPerMl: strength.value, stepUl: DEFAULT_LIQUID_STEP_UL };
  return { ok: true, value: { ...productsOf(forms), liquid } };
};

/** The form → core's planner input: the same choices the API body carries (see toTaperBody). */
export const toTaperInput = (form: PlanForm): Read<TaperInput> => {
  const regimen = parseRegimen(doseLines(form.doses), 'doses');
  if (!regimen.ok) return { ok: false, field: 'doses', error: regimen.error };
  const start = parseIsoDate(form.start);
  if (!start.ok) return { ok: false, field: 'start', error: start.error };
  for (const field of ['cut', 'every'] as const) {
    const error = numberError(form[field], field);
    if (error) return { ok: false, field, error };
  }
  const forms = readForms(form.forms);
  if (!forms.ok) return forms;
  return {
    ok: true,
    value: {
      drug: form.drug,
      regimen: regimen.value,
      start: start.value,
      strategy: form.strategy,
      ...paceOf(form),
      ...(forms.value ? { forms: forms.value } : {}),
    },
  };
};

/** The planner's input as the API takes it (`POST …/plans`, `…/versions`): doses and strengths stay text. */
export interface TaperBody extends Pace {
  readonly drug: string;
  readonly doses: string[];
  readonly start: string;
  readonly strategy: StrategyId;
  readonly forms?: {
    readonly tablets: boolean;
    readonly odt: boolean;
    readonly liquid?: { readonly concentrationPerMl: string };
    readonly market?: 'US' | 'UK';
  };
}

/** Only called once toTaperInput accepted the form, so the numbers here are valid. */
export const toTaperBody = (form: PlanForm): TaperBody => {
  const forms = form.forms;
  const liquid = forms?.liquid.trim() ?? '';
  return {
    drug: form.drug,
    doses: doseLines(form.doses),
    start: form.start,
    strategy: form.strategy,
    ...paceOf(form),
    ...(forms ? { forms: { ...productsOf(forms), ...(liquid === '' ? {} : { liquid: { concentrationPerMl: liquid } }) } } : {}),
  };
};

/** A core error in the person's language where the catalogue has the code, else core's own plain words. */
export const errorText = (error: CoreError, t: I18n['t']): string => {
  const key = `error.${error.code}`;
  const text = isMessageKey(key) ? t(key) : error.message;
  return error.expected ? `${text} ${t('plan.expected', { expected: error.expected })}` : text;
};

/** Today as the person's local calendar date: the web app is the caller that owns the clock. */
export const localToday = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
