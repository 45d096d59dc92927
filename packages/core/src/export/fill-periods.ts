import { addDays, daysBetween, type IsoDate } from '../dates/iso-date.js';
import type { FormulationKind } from '../drugs/drug.js';
import type { TaperPlan } from '../taper/plan.js';
import type { Micrograms } from '../units/units.js';
import { isLiquid } from './dose-text.js';
import { lastDosingDay, planDays, planDrugs } from './plan-days.js';
import { productById } from './products.js';

/** How much of one product a fill period needs. */
export interface DispenseQuantity {
  readonly formulationId: string;
  readonly drug: string;
  readonly kind: FormulationKind;
  /** Per tablet or capsule; per mL for a liquid. */
  readonly strengthUg: Micrograms;
  /** Tablets or capsules swallowed whole in the period. */
  readonly wholeTaken: number;
  /** Half tablets taken in the period. */
  readonly halvesTaken: number;
  /** To dispense: whole tablets or capsules (each split tablet counted once); for a liquid, microlitres. */
  readonly quantity: number;
  readonly unit: 'tablet' | 'capsule' | 'µL';
  /** Halves left over at the end of the period (0 or 1): an odd number of halves needs one more tablet. */
  readonly spareHalves: number;
}

export interface FillPeriodQuantities {
  /** 0 for the first fill. */
  readonly index: number;
  readonly start: IsoDate;
  /** Inclusive. */
  readonly end: IsoDate;
  readonly days: number;
  readonly lines: readonly DispenseQuantity[];
}

export const DEFAULT_FILL_DAYS = 28;

const KIND_ORDER: readonly FormulationKind[] = ['tablet', 'odt', 'capsule', 'oral-solution'];

interface Ledger {
  whole: number;
  halves: number;
  split: number;
  spare: number;
  microlitres: number;
}

const toLine = (formulationId: string, ledger: Ledger): DispenseQuantity => {
  const { drug, formulation } = productById(formulationId);
  const liquid = formulation.kind === 'oral-solution';
  return {
    formulationId,
    drug: drug.id,
    kind: formulation.kind,
    strengthUg: formulation.strengthUg,
    wholeTaken: ledger.whole,
    halvesTaken: ledger.halves,
    quantity: liquid ? ledger.microlitres : ledger.whole + ledger.split,
    unit: liquid ? 'µL' : formulation.kind === 'capsule' ? 'capsule' : 'tablet',
    spareHalves: ledger.spare,
  };
};

const sortLines = (lines: DispenseQuantity[], drugs: readonly string[]): DispenseQuantity[] =>
  lines.toSorted(
    (a, b) =>
      drugs.indexOf(a.drug) - drugs.indexOf(b.drug) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      b.strengthUg - a.strengthUg,
  );

/**
 * What to dispense for each fill period of `fillDays` days from the plan's
 * start to its last dosing day (the last period may be shorter). Counted day
 * by day: whole tablets as taken; a half dose uses the half kept from a tablet
 * split earlier in the same period, or else a newly split tablet, whose other
 * half is kept for the next half dose. So two half doses share one tablet, and
 * an odd number of halves in a period needs one extra tablet (a half is left
 * over). Spare halves are not carried into the next fill. Liquids are summed
 * in microlitres, with no allowance for measuring loss.
 */
export const fillPeriods = (plan: TaperPlan, fillDays: number = DEFAULT_FILL_DAYS): FillPeriodQuantities[] => {
  if (!Number.isSafeInteger(fillDays) || fillDays < 1) throw new RangeError(`fillDays must be a whole number ≥ 1: ${fillDays}`);
  const lastDay = lastDosingDay(plan);
  if (lastDay === undefined) return [];
  const drugs = planDrugs(plan);
  const days = planDays(plan);
  const count = Math.ceil((daysBetween(plan.start, lastDay) + 1) / fillDays);
  return Array.from({ length: count }, (_, index): FillPeriodQuantities => {
    const start = addDays(plan.start, index * fillDays);
    const end = index === count - 1 ? lastDay : addDays(start, fillDays - 1);
    const ledgers = new Map<string, Ledger>();
    const ledger = (id: string): Ledger => {
      const existing = ledgers.get(id);
      if (existing) return existing;
      const created = { whole: 0, halves: 0, split: 0, spare: 0, microlitres: 0 };
      ledgers.set(id, created);
      return created;
    };
    for (const day of days.filter((d) => d.date >= start && d.date <= end)) {
      for (const dose of day.doses) {
        if (isLiquid(dose.units)) {
          ledger(dose.units[0].formulationId).microlitres += dose.units[0].volumeUl;
          continue;
        }
        for (const piece of dose.units) {
          const entry = ledger(piece.formulationId);
          if (!piece.half) {
            entry.whole += piece.count;
            continue;
          }
          for (let i = 0; i < piece.count; i++) {
            entry.halves += 1;
            if (entry.spare > 0) {
              entry.spare -= 1;
            } else {
              entry.split += 1;
              entry.spare += 1;
            }
          }
        }
      }
    }
    const lines = [...ledgers].map(([id, entry]) => toLine(id, entry));
    return { index, start, end, days: daysBetween(start, end) + 1, lines: sortLines(lines, drugs) };
  });
};

/** The quantities of every fill period added up, per product. */
export const totalQuantities = (periods: readonly FillPeriodQuantities[]): DispenseQuantity[] => {
  const totals = new Map<string, DispenseQuantity>();
  for (const line of periods.flatMap((p) => p.lines)) {
    const sum = totals.get(line.formulationId);
    totals.set(
      line.formulationId,
      sum
        ? {
            ...sum,
            wholeTaken: sum.wholeTaken + line.wholeTaken,
            halvesTaken: sum.halvesTaken + line.halvesTaken,
            quantity: sum.quantity + line.quantity,
            spareHalves: sum.spareHalves + line.spareHalves,
          }
        : line,
    );
  }
  const drugs = [...new Set(periods.flatMap((p) => p.lines.map((l) => l.drug)))];
  return sortLines([...totals.values()], drugs);
};
