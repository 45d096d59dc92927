import {
  addDays,
  checkDose,
  type DoseCheck,
  daysBetween,
  INDICATIONS,
  type Indication,
  type IsoDate,
  parseDose,
  parseIsoDate,
  parseLocalTime,
  parseRegimen,
  REGIONS,
  type RegionId,
} from '@stepdown/core';
import type { MessageKey } from '../i18n/en.js';

export interface WhereDraft {
  readonly region: RegionId;
  readonly timeZone: string;
  readonly dateOfBirth: string;
  readonly weight: string;
}

export interface DoseRow {
  /** Stable React key: rows can be removed from the middle. */
  readonly key: string;
  readonly amount: string;
  readonly time: string;
}

export type DurationUnit = 'weeks' | 'months' | 'years';
export const DURATION_UNITS: readonly DurationUnit[] = ['weeks', 'months', 'years'];

export interface MedicineDraft {
  readonly drug: string;
  readonly doses: readonly DoseRow[];
  readonly indication: Indication | '';
  readonly duration: string;
  readonly durationUnit: DurationUnit;
  /** Set while correcting a medicine already on the record: saving then changes it instead of adding one. */
  readonly editingId?: string;
}

export interface Draft {
  readonly where: WhereDraft;
  readonly medicine: MedicineDraft;
}

let rowCounter = 0;
export const newRow = (amount = '', time = ''): DoseRow => {
  rowCounter += 1;
  return { key: `dose-${Date.now().toString(36)}-${rowCounter}`, amount, time };
};

export const browserTimeZone = (): string => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
};

/** Every zone the browser knows, with the person's own first so the default is always listed. */
export const timeZones = (current: string): string[] => {
  let all: string[] = [];
  try {
    all = Intl.supportedValuesOf('timeZone');
  } catch {
    all = [];
  }
  return all.includes(current) ? all : [current, ...all];
};

/** A first guess from the browser language's country (es-ES → EU); the person can change it. */
const guessRegion = (): RegionId => {
  const country = (globalThis.navigator?.language ?? '').split('-')[1]?.toUpperCase() ?? '';
  if (country === 'GB') return 'UK';
  if ((REGIONS as readonly string[]).includes(country)) return country as RegionId;
  const eu = ['ES', 'FR', 'DE', 'IT', 'PT', 'NL', 'BE', 'IE', 'AT', 'SE', 'FI', 'DK', 'PL', 'GR'];
  return eu.includes(country) ? 'EU' : 'US';
};

export const emptyDraft = (): Draft => ({
  where: { region: guessRegion(), timeZone: browserTimeZone(), dateOfBirth: '', weight: '' },
  medicine: { drug: 'clonazepam', doses: [newRow('', '08:00')], indication: '', duration: '', durationUnit: 'years' },
});

/**
 * Kept for the visit (sessionStorage), so a reload or an error never loses what was typed;
 * one per account, so someone else signing in on this tab never sees it.
 */
export const draftKey = (userId: string): string => `stepdown.onboarding.draft.${userId}`;

const isRow = (value: unknown): value is DoseRow =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as DoseRow).key === 'string' &&
  typeof (value as DoseRow).amount === 'string' &&
  typeof (value as DoseRow).time === 'string';

/** A stored draft, checked field by field: anything odd falls back to the empty draft's value. */
export const loadDraft = (userId: string): Draft => {
  const fallback = emptyDraft();
  try {
    const raw = globalThis.sessionStorage?.getItem(draftKey(userId));
    if (!raw) return fallback;
    const parsed = JSON.parse(raw) as Partial<{ where: Partial<WhereDraft>; medicine: Partial<MedicineDraft> }>;
    const w = parsed.where ?? {};
    const m = parsed.medicine ?? {};
    const text = (value: unknown, otherwise: string) => (typeof value === 'string' ? value : otherwise);
    return {
      where: {
        region: (REGIONS as readonly unknown[]).includes(w.region) ? (w.region as RegionId) : fallback.where.region,
        timeZone: text(w.timeZone, fallback.where.timeZone) || fallback.where.timeZone,
        dateOfBirth: text(w.dateOfBirth, ''),
        weight: text(w.weight, ''),
      },
      medicine: {
        drug: text(m.drug, 'clonazepam') || 'clonazepam',
        doses: Array.isArray(m.doses) && m.doses.length > 0 && m.doses.every(isRow) ? m.doses : fallback.medicine.doses,
        indication: (INDICATIONS as readonly unknown[]).includes(m.indication) ? (m.indication as Indication) : '',
        duration: text(m.duration, ''),
        durationUnit: DURATION_UNITS.includes(m.durationUnit as DurationUnit) ? (m.durationUnit as DurationUnit) : 'years',
        ...(typeof m.editingId === 'string' && m.editingId ? { editingId: m.editingId } : {}),
      },
    };
  } catch {
    return fallback;
  }
};

export const saveDraft = (userId: string, draft: Draft): void => {
  try {
    globalThis.sessionStorage?.setItem(draftKey(userId), JSON.stringify(draft));
  } catch {
    // Storage can be full or disabled: the draft then lives only in memory.
  }
};

export const clearDraft = (userId: string): void => {
  try {
    globalThis.sessionStorage?.removeItem(draftKey(userId));
  } catch {
    // See saveDraft.
  }
};

/** A medicine on the record back in the form's words, to correct it (the start date is kept unless a duration is typed). */
export const medicineFromRecord = (medication: {
  readonly id: string;
  readonly drug: string;
  readonly indication: string;
  readonly regimen: readonly { readonly amountMg: number; readonly time?: string }[];
}): MedicineDraft => ({
  drug: medication.drug,
  doses: medication.regimen.map((dose) => newRow(String(dose.amountMg), dose.time ?? '')),
  indication: (INDICATIONS as readonly string[]).includes(medication.indication) ? (medication.indication as Indication) : '',
  duration: '',
  durationUnit: 'years',
  editingId: medication.id,
});

/** The record's answers back in the form's words, to correct where the person lives. */
export const whereFromRecord = (patient: {
  readonly region: string;
  readonly timeZone: string;
  readonly dateOfBirth: string | null;
  readonly weightKg: number | null;
}): WhereDraft => ({
  region: (REGIONS as readonly string[]).includes(patient.region) ? (patient.region as RegionId) : 'US',
  timeZone: patient.timeZone,
  dateOfBirth: patient.dateOfBirth ?? '',
  weight: patient.weightKg === null ? '' : String(patient.weightKg),
});

/** The browser's calendar date: the default zone of a new record is the browser's own. */
export const localToday = (timeZone?: string): IsoDate => {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(timeZone ? { timeZone } : {}),
    }).format(new Date()) as IsoDate;
  } catch {
    return new Date().toISOString().slice(0, 10) as IsoDate;
  }
};

/** `0,5` and ` 0.5 ` both mean half a milligram. */
export const normaliseAmount = (text: string): string => text.trim().replace(',', '.');

export const partOfDay = (time: string): 'morning' | 'afternoon' | 'evening' | 'night' | undefined => {
  const parsed = parseLocalTime(time);
  if (!parsed.ok) return undefined;
  const hour = Number(parsed.value.slice(0, 2));
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 17) return 'afternoon';
  if (hour >= 17 && hour < 21) return 'evening';
  return 'night';
};

export interface RowErrors {
  readonly amount?: MessageKey;
  readonly time?: MessageKey;
}

export interface WhereErrors {
  readonly dateOfBirth?: MessageKey;
  readonly weightKg?: MessageKey;
}

export const checkWhere = (where: WhereDraft, today: IsoDate): WhereErrors => {
  const errors: { dateOfBirth?: MessageKey; weightKg?: MessageKey } = {};
  if (where.dateOfBirth) {
    const date = parseIsoDate(where.dateOfBirth);
    if (!date.ok || daysBetween(date.value, today) < 0 || Number(where.dateOfBirth.slice(0, 4)) < 1900)
      errors.dateOfBirth = 'onboarding.where.birthInvalid';
  }
  if (where.weight.trim()) {
    const kg = Number(normaliseAmount(where.weight));
    if (!(Number.isFinite(kg) && kg >= 0.5 && kg <= 350)) errors.weightKg = 'onboarding.where.weightInvalid';
  }
  return errors;
};

/** Whole years from a birth date to a date. */
export const ageOn = (birth: string, today: IsoDate): number => {
  const years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  return today.slice(5) < birth.slice(5) ? years - 1 : years;
};

/** The first day of use, from "2 years" back from today (calendar months and years, clamped to the month's end). */
export const startedOnFrom = (today: IsoDate, amount: number, unit: DurationUnit): IsoDate => {
  if (unit === 'weeks') return addDays(today, -7 * amount);
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number);
  const months = unit === 'years' ? amount * 12 : amount;
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10) as IsoDate;
};

export interface MedicineAnalysis {
  readonly rows: Readonly<Record<string, RowErrors>>;
  readonly indication?: MessageKey;
  readonly duration?: MessageKey;
  /** Core's regimen text, once every row is valid. */
  readonly regimen?: string;
  readonly startedOn?: IsoDate;
  /** Core's dose check, once the regimen and the indication are known. */
  readonly check?: DoseCheck;
  readonly valid: boolean;
}

/**
 * Checks the medicine form and, when it is complete, runs core's dose check
 * exactly as the API will (age from the birth date, weight, duration), so the
 * person sees the findings before saving.
 */
export const analyseMedicine = (
  medicine: MedicineDraft,
  today: IsoDate,
  person: { readonly dateOfBirth?: string | null; readonly weightKg?: number | null } = {},
): MedicineAnalysis => {
  const rows: Record<string, RowErrors> = {};
  const seen = new Set<string>();
  const entries: string[] = [];
  for (const row of medicine.doses) {
    const errors: { amount?: MessageKey; time?: MessageKey } = {};
    const amount = normaliseAmount(row.amount);
    if (!amount) errors.amount = 'onboarding.dose.amountMissing';
    else if (!/^\d{0,4}(\.\d{1,3})?$/.test(amount) || !parseDose(`${amount}mg`).ok)
      errors.amount = 'onboarding.dose.amountInvalid';
    const time = parseLocalTime(row.time.trim());
    if (!row.time.trim()) errors.time = 'onboarding.dose.timeMissing';
    else if (!time.ok) errors.time = 'onboarding.dose.timeInvalid';
    else if (seen.has(time.value)) errors.time = 'onboarding.dose.timeDuplicate';
    if (time.ok) seen.add(time.value);
    if (errors.amount || errors.time) rows[row.key] = errors;
    else entries.push(`${amount}mg@${row.time.trim()}`);
  }
  const indication = medicine.indication === '' ? ('onboarding.indication.missing' as const) : undefined;
  let duration: MessageKey | undefined;
  let startedOn: IsoDate | undefined;
  if (medicine.duration.trim()) {
    const n = Number(medicine.duration.trim());
    const tooLong = medicine.durationUnit === 'years' ? n > 80 : medicine.durationUnit === 'months' ? n > 960 : n > 4000;
    if (!Number.isInteger(n) || n < 0 || tooLong) duration = 'onboarding.durationInvalid';
    else startedOn = startedOnFrom(today, n, medicine.durationUnit);
  }
  const regimenOk = Object.keys(rows).length === 0 && entries.length > 0;
  const regimen = regimenOk ? entries.join(', ') : undefined;
  let check: DoseCheck | undefined;
  const parsed = regimenOk ? parseRegimen(entries, 'regimen') : undefined;
  if (parsed?.ok && medicine.indication !== '' && !duration) {
    const result = checkDose({
      drug: medicine.drug,
      indication: medicine.indication,
      regimen: parsed.value,
      ...(person.dateOfBirth ? { ageYears: Math.max(0, Math.min(120, ageOn(person.dateOfBirth, today))) } : {}),
      ...(person.weightKg ? { weightKg: person.weightKg } : {}),
      ...(startedOn === undefined ? {} : { durationDays: daysBetween(startedOn, today) }),
    });
    if (result.ok) check = result.value;
  }
  return {
    rows,
    ...(indication ? { indication } : {}),
    ...(duration ? { duration } : {}),
    ...(regimen ? { regimen } : {}),
    ...(startedOn ? { startedOn } : {}),
    ...(check ? { check } : {}),
    valid: regimenOk && !indication && !duration,
  };
};
