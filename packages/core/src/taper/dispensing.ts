import { drugById } from '../drugs/catalogue.js';
import type { Micrograms } from '../units/units.js';
import type { DoseMaker } from './dose-maker.js';
import type { DispenseLine, PlanStep } from './plan.js';
import { stepDaySets } from './step-days.js';

/**
 * What to dispense for one step: whole tablets, ODTs and capsules for every
 * day; half tablets counted as two halves per tablet over the whole step
 * (the other half is kept for a later dose); liquid in microlitres. On an
 * alternate-day step each day's doses count the days they are taken.
 */
export const dispensingForStep = (step: PlanStep, makers: ReadonlyMap<string, DoseMaker>): DispenseLine[] => {
  const wholes = new Map<string, number>();
  const halves = new Map<string, number>();
  const liquid = new Map<string, number>();
  const info = new Map<string, { drug: string; kind: string; strengthUg: Micrograms }>();
  for (const { doses, count: days } of stepDaySets(step)) {
    for (const dose of doses) {
      for (const unit of dose.units) {
        if ('volumeUl' in unit) {
          liquid.set(unit.formulationId, (liquid.get(unit.formulationId) ?? 0) + unit.volumeUl * days);
          info.set(unit.formulationId, { drug: dose.drug, kind: unit.kind, strengthUg: unit.concentrationUgPerMl as Micrograms });
          continue;
        }
        const formulation =
          makers.get(dose.drug)?.formulations.find((f) => f.id === unit.formulationId) ??
          drugById(dose.drug).formulations.find((f) => f.id === unit.formulationId);
        info.set(unit.formulationId, { drug: dose.drug, kind: unit.kind, strengthUg: formulation?.strengthUg ?? unit.pieceUg });
        const target = unit.half ? halves : wholes;
        target.set(unit.formulationId, (target.get(unit.formulationId) ?? 0) + unit.count * days);
      }
    }
  }
  const ids = [...new Set([...wholes.keys(), ...halves.keys(), ...liquid.keys()])].sort();
  return ids.map((id) => {
    const detail = info.get(id) as { drug: string; kind: string; strengthUg: Micrograms };
    if (liquid.has(id)) return { formulationId: id, ...detail, quantity: liquid.get(id) ?? 0, unit: 'µL' as const };
    const quantity = (wholes.get(id) ?? 0) + Math.ceil((halves.get(id) ?? 0) / 2);
    return {
      formulationId: id,
      ...detail,
      quantity,
      unit: detail.kind === 'capsule' ? ('capsule' as const) : ('tablet' as const),
    };
  });
};
