import {
  type CustomStep,
  EQUIVALENCE_TABLE_IDS,
  type EquivalenceTableId,
  type FormulationChoice,
  parseDose,
  parseIsoDate,
  parseRegimen,
  type ReduceFirst,
  STRATEGIES,
  type StrategyId,
  type TaperInput,
} from '@stepdown/core';
import { type Static, Type } from 'typebox';
import { Value } from 'typebox/value';
import { unwrapCore } from '../problems.js';

const DoseText = Type.String({ minLength: 1, maxLength: 40, examples: ['0.5mg@08:00'] });
const Doses = Type.Array(DoseText, { minItems: 1, maxItems: 12 });

/**
 * The planner's input as JSON: the same choices as `stepdown plan`, doses as
 * text (`0.5mg@08:00`, `1mg bid`). Stored as given with each version, so a
 * later re-plan starts from the same choices.
 */
export const TaperBodyFields = {
  drug: Type.String({ minLength: 1, maxLength: 60 }),
  doses: Doses,
  start: Type.String({ maxLength: 10, examples: ['2026-12-01'] }),
  strategy: Type.Optional(Type.Union(STRATEGIES.map((s) => Type.Literal(s)))),
  cutPercent: Type.Optional(Type.Number({ minimum: 1, maximum: 50 })),
  intervalDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 56 })),
  shortTermUse: Type.Optional(Type.Boolean()),
  target: Type.Optional(Type.String({ maxLength: 20, examples: ['0.25mg'] })),
  via: Type.Optional(Type.Literal('diazepam')),
  forms: Type.Optional(
    Type.Object(
      {
        tablets: Type.Optional(Type.Boolean()),
        odt: Type.Optional(Type.Boolean()),
        liquid: Type.Optional(
          Type.Object(
            {
              concentrationPerMl: Type.String({ maxLength: 20, examples: ['0.1mg'] }),
              stepMl: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 10 })),
            },
            { additionalProperties: false },
          ),
        ),
        market: Type.Optional(Type.Union([Type.Literal('US'), Type.Literal('UK')])),
      },
      { additionalProperties: false },
    ),
  ),
  holds: Type.Optional(
    Type.Array(
      Type.Object(
        { step: Type.Integer({ minimum: 1, maximum: 500 }), days: Type.Integer({ minimum: 1, maximum: 365 }) },
        { additionalProperties: false },
      ),
      { maxItems: 500 },
    ),
  ),
  reduceFirst: Type.Optional(Type.Union([Type.Literal('daytime'), Type.Literal('bedtime'), Type.Literal('even')])),
  hyperbolic: Type.Optional(
    Type.Object(
      {
        sharePercent: Type.Optional(Type.Number({ minimum: 1, maximum: 50 })),
        k: Type.Optional(Type.String({ maxLength: 20 })),
      },
      { additionalProperties: false },
    ),
  ),
  custom: Type.Optional(
    Type.Array(
      Type.Object(
        { days: Type.Integer({ minimum: 1, maximum: 365 }), doses: Type.Array(DoseText, { maxItems: 12 }) },
        { additionalProperties: false },
      ),
      { maxItems: 100 },
    ),
  ),
  equivalenceTable: Type.Optional(Type.Union(EQUIVALENCE_TABLE_IDS.map((id) => Type.Literal(id)))),
  patterns: Type.Optional(Type.Boolean()),
};

const TaperBodySchema = Type.Object(TaperBodyFields, { additionalProperties: false });
export type TaperBody = Static<typeof TaperBodySchema>;

/** Whether stored input (JSON of a version) is planner input these routes can plan from again. */
export const isTaperBody = (value: unknown): value is TaperBody => Value.Check(TaperBodySchema, value);

/** The planner's input from the JSON body; bad text is a 422 naming the field. */
export const toTaperInput = (body: TaperBody): TaperInput => {
  const liquid = body.forms?.liquid;
  const forms: FormulationChoice | undefined = body.forms && {
    ...(body.forms.tablets === undefined ? {} : { tablets: body.forms.tablets }),
    ...(body.forms.odt === undefined ? {} : { odt: body.forms.odt }),
    ...(body.forms.market === undefined ? {} : { market: body.forms.market }),
    ...(liquid === undefined
      ? {}
      : {
          liquid: {
            concentrationUgPerMl: unwrapCore(parseDose(liquid.concentrationPerMl), 'forms.liquid.concentrationPerMl.'),
            // Microlitres are whole numbers; the default syringe step is 0.1 mL.
            stepUl: Math.round((liquid.stepMl ?? 0.1) * 1000),
          },
        }),
  };
  const custom: CustomStep[] | undefined = body.custom?.map((step, i) => ({
    days: step.days,
    regimen: step.doses.length === 0 ? [] : unwrapCore(parseRegimen(step.doses, `custom[${i}].doses`)),
  }));
  const hyperbolic = body.hyperbolic && {
    ...(body.hyperbolic.sharePercent === undefined ? {} : { sharePercent: body.hyperbolic.sharePercent }),
    ...(body.hyperbolic.k === undefined ? {} : { kUg: unwrapCore(parseDose(body.hyperbolic.k), 'hyperbolic.k.') }),
  };
  return {
    drug: body.drug,
    regimen: unwrapCore(parseRegimen(body.doses, 'doses')),
    start: unwrapCore(parseIsoDate(body.start), 'start.'),
    ...(body.strategy === undefined ? {} : { strategy: body.strategy as StrategyId }),
    ...(body.cutPercent === undefined ? {} : { cutPercent: body.cutPercent }),
    ...(body.intervalDays === undefined ? {} : { intervalDays: body.intervalDays }),
    ...(body.shortTermUse === undefined ? {} : { shortTermUse: body.shortTermUse }),
    ...(body.target === undefined ? {} : { targetUg: unwrapCore(parseDose(body.target, { allowZero: true }), 'target.') }),
    ...(body.via === undefined ? {} : { via: body.via }),
    ...(forms === undefined ? {} : { forms }),
    ...(body.holds === undefined ? {} : { holds: body.holds }),
    ...(body.reduceFirst === undefined ? {} : { reduceFirst: body.reduceFirst as ReduceFirst }),
    ...(hyperbolic === undefined ? {} : { hyperbolic }),
    ...(custom === undefined ? {} : { custom }),
    ...(body.equivalenceTable === undefined ? {} : { equivalenceTable: body.equivalenceTable as EquivalenceTableId }),
    ...(body.patterns === undefined ? {} : { patterns: body.patterns }),
  };
};
