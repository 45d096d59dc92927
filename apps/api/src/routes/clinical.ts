import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ARTICLES,
  CO_USES,
  checkDose,
  convertDose,
  DRUGS,
  EQUIVALENCE_TABLE_IDS,
  type EquivalenceTableId,
  findArticle,
  findDrug,
  findInstrument,
  halfLifeClass,
  INDICATIONS,
  INSTRUMENTS,
  type Indication,
  parseDose,
  parseIsoDate,
  parseRegimen,
  planTaper,
  RED_FLAGS,
  REGIONS,
  type Result,
  STRATEGIES,
  type StrategyId,
  scoreInstrument,
  toFhirQuestionnaire,
  toMilligrams,
  triage,
  withMilligrams,
} from '@stepdown/core';
import { Type } from 'typebox';
import { ProblemError } from '../problems.js';

const orProblem = <T>(result: Result<T>, fieldPrefix = ''): T => {
  if (result.ok) return result.value;
  throw ProblemError.fromCore(result.error, fieldPrefix);
};

const Doses = Type.Array(Type.String({ minLength: 1, maxLength: 40, examples: ['0.5mg@08:00'] }), { minItems: 1, maxItems: 12 });

/**
 * Public clinical tools: no patient data, nothing stored. The same pure core
 * functions the CLI and the web app use.
 */
export const clinicalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/drugs', { schema: { tags: ['clinical'], summary: 'The drug catalogue' } }, async () =>
    DRUGS.map((drug) => ({
      id: drug.id,
      name: drug.name,
      class: drug.class,
      halfLifeClass: halfLifeClass(drug.pharmacokinetics.halfLife),
      brands: drug.brands,
    })),
  );

  app.get(
    '/drugs/:name',
    {
      schema: {
        tags: ['clinical'],
        summary: 'One drug in full, doses in mg',
        params: Type.Object({ name: Type.String({ maxLength: 60 }) }),
      },
    },
    async (request) => {
      const drug = findDrug(request.params.name);
      if (!drug.ok)
        throw new ProblemError(404, drug.error.code, drug.error.message, [
          { field: 'name', message: drug.error.message, ...(drug.error.expected ? { expected: drug.error.expected } : {}) },
        ]);
      return withMilligrams({ ...drug.value, halfLifeClass: halfLifeClass(drug.value.pharmacokinetics.halfLife) });
    },
  );

  app.post(
    '/convert',
    {
      schema: {
        tags: ['clinical'],
        summary: 'Equivalent dose of another benzodiazepine, with the range across tables',
        body: Type.Object(
          {
            from: Type.String({ maxLength: 60 }),
            to: Type.String({ maxLength: 60 }),
            dose: Type.String({ maxLength: 20, examples: ['1mg'] }),
            source: Type.Optional(Type.Union(EQUIVALENCE_TABLE_IDS.map((id) => Type.Literal(id)))),
            ageYears: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
            hepaticImpairment: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const body = request.body;
      const conversion = orProblem(
        convertDose({
          from: body.from,
          to: body.to,
          doseUg: orProblem(parseDose(body.dose), 'dose.'),
          ...(body.source ? { table: body.source as EquivalenceTableId } : {}),
          ...(body.ageYears === undefined ? {} : { ageYears: body.ageYears }),
          ...(body.hepaticImpairment ? { hepaticImpairment: true } : {}),
        }),
      );
      return {
        from: conversion.from.id,
        to: conversion.to.id,
        source: conversion.table,
        estimateMg: toMilligrams(conversion.estimateUg),
        rangeMg: conversion.rangeUg.map(toMilligrams),
        bySource: conversion.bySource.map((s) => ({
          source: s.table,
          doseMg: toMilligrams(s.doseUg),
          lowConfidence: s.lowConfidence,
        })),
        diazepamEquivalentMg: toMilligrams(conversion.diazepamEquivalentUg),
        band: conversion.band,
        warnings: conversion.warnings,
      };
    },
  );

  app.post(
    '/dose-check',
    {
      schema: {
        tags: ['clinical'],
        summary: 'Check a regimen against the label and the guideline',
        body: Type.Object(
          {
            drug: Type.String({ maxLength: 60 }),
            indication: Type.Union(INDICATIONS.map((i) => Type.Literal(i))),
            doses: Doses,
            ageYears: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
            weightKg: Type.Optional(Type.Number({ minimum: 0.5, maximum: 350 })),
            durationDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 29200 })),
            daysPerWeek: Type.Optional(Type.Integer({ minimum: 1, maximum: 7 })),
            coUse: Type.Optional(Type.Array(Type.Union(CO_USES.map((c) => Type.Literal(c))), { maxItems: 3 })),
            pregnant: Type.Optional(Type.Boolean()),
            hepaticImpairment: Type.Optional(Type.Boolean()),
            starting: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { doses, indication, ...rest } = request.body;
      const check = orProblem(
        checkDose({ ...rest, indication: indication as Indication, regimen: orProblem(parseRegimen(doses, 'doses')) }),
      );
      return {
        drug: check.drug.id,
        indication: check.indication,
        dailyTotalMg: toMilligrams(check.dailyTotalUg),
        ...(check.diazepamEquivalentUg === undefined
          ? {}
          : { diazepamEquivalentMg: toMilligrams(check.diazepamEquivalentUg), band: check.band }),
        findings: check.findings,
      };
    },
  );

  app.post(
    '/plans/preview',
    {
      schema: {
        tags: ['clinical'],
        summary: 'Plan a taper (nothing is stored)',
        body: Type.Object(
          {
            drug: Type.String({ maxLength: 60 }),
            doses: Doses,
            start: Type.String({ maxLength: 10, examples: ['2026-12-01'] }),
            strategy: Type.Optional(Type.Union(STRATEGIES.filter((s) => s !== 'custom').map((s) => Type.Literal(s)))),
            cutPercent: Type.Optional(Type.Number({ minimum: 1, maximum: 50 })),
            intervalDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 56 })),
            shortTermUse: Type.Optional(Type.Boolean()),
            via: Type.Optional(Type.Literal('diazepam')),
            patterns: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { doses, start, strategy, ...rest } = request.body;
      const plan = orProblem(
        planTaper({
          ...rest,
          regimen: orProblem(parseRegimen(doses, 'doses')),
          start: orProblem(parseIsoDate(start), 'start.'),
          ...(strategy ? { strategy: strategy as StrategyId } : {}),
        }),
      );
      return withMilligrams(plan);
    },
  );

  app.post(
    '/triage',
    {
      schema: {
        tags: ['help'],
        summary: 'What to do now: emergency, urgent or routine, with the region’s public help services',
        body: Type.Object(
          {
            symptoms: Type.Array(Type.Union(RED_FLAGS.map((f) => Type.Literal(f.id))), { maxItems: RED_FLAGS.length }),
            region: Type.Optional(Type.Union(REGIONS.map((r) => Type.Literal(r)))),
            asq: Type.Optional(
              Type.Union([Type.Literal('negative'), Type.Literal('non-acute-positive'), Type.Literal('acute-positive')]),
            ),
            phq9Item9: Type.Optional(Type.Integer({ minimum: 0, maximum: 3 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => orProblem(triage(request.body)),
  );

  app.get('/questionnaires', { schema: { tags: ['questionnaires'], summary: 'Questionnaires available' } }, async () =>
    INSTRUMENTS.map((i) => ({ id: i.id, version: i.version, title: i.title, completedBy: i.completedBy, wording: i.wording })),
  );

  app.get(
    '/questionnaires/:id',
    {
      schema: {
        tags: ['questionnaires'],
        summary: 'A questionnaire as a FHIR R4 Questionnaire',
        params: Type.Object({ id: Type.String({ maxLength: 30 }) }),
      },
    },
    async (request) => toFhirQuestionnaire(orProblem(findInstrument(request.params.id))),
  );

  app.post(
    '/questionnaires/:id/score',
    {
      schema: {
        tags: ['questionnaires'],
        summary: 'Score answers (nothing is stored)',
        params: Type.Object({ id: Type.String({ maxLength: 30 }) }),
        body: Type.Object(
          {
            answers: Type.Record(
              Type.String({ maxLength: 30 }),
              Type.Union([Type.Number(), Type.Boolean(), Type.String({ maxLength: 2000 })]),
            ),
            sdsCutOff: Type.Optional(Type.Union([Type.Literal(6), Type.Literal(7)])),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const instrument = orProblem(findInstrument(request.params.id));
      return orProblem(
        scoreInstrument(instrument, request.body.answers, request.body.sdsCutOff ? { sdsCutOff: request.body.sdsCutOff } : {}),
        'answers.',
      );
    },
  );

  app.get('/articles', { schema: { tags: ['library'], summary: 'The plain-language library' } }, async () =>
    ARTICLES.map(({ body: _body, ...meta }) => meta),
  );

  app.get(
    '/articles/:id',
    {
      schema: {
        tags: ['library'],
        summary: 'One article, Markdown',
        params: Type.Object({ id: Type.String({ maxLength: 60 }) }),
      },
    },
    async (request) => {
      const article = findArticle(request.params.id);
      if (!article)
        throw new ProblemError(404, 'ARTICLE_UNKNOWN', `No article "${request.params.id}".`, [
          { field: 'id', message: 'no such article' },
        ]);
      return article;
    },
  );
};
