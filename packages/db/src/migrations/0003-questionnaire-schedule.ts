import type { Kysely, Migration } from 'kysely';

/**
 * How often the clinician asks the patient for each questionnaire (BWSQ,
 * PHQ-9, GAD-7), as JSON text on the patient row. Null means never set: the
 * defaults apply. Portable schema-builder calls only, like 0001.
 */
export const questionnaireSchedule: Migration = {
  up: async (db: Kysely<unknown>) => {
    await db.schema.alterTable('patients').addColumn('questionnaire_schedule', 'text').execute();
  },
  down: async (db: Kysely<unknown>) => {
    await db.schema.alterTable('patients').dropColumn('questionnaire_schedule').execute();
  },
};
