/**
 * The clinician's questionnaire schedule on the patient row (migration 0003),
 * on SQLite and, when STEPDOWN_TEST_PG names a server, on PostgreSQL in a
 * private schema.
 */
import { describe, expect, it } from 'vitest';
import type { QuestionnaireSchedule } from './index.js';
import { expectMigrationReversible, newTestPatient, testEngines, useMigratedDatabase } from './testing/engines.js';

const engines = testEngines();

describe.each(engines)('questionnaire schedule ($name)', (engineCase) => {
  const { handle, repos, ids } = useMigratedDatabase(engineCase, () => new Date('2026-12-06T10:00:00.000Z'));

  const newPatient = () => newTestPatient(repos(), ids());

  it('migration 0003 adds patients.questionnaire_schedule and takes it away again', () =>
    expectMigrationReversible(engineCase, {
      migration: '0003-questionnaire-schedule',
      adds: ['patients.questionnaire_schedule'],
      keeps: ['patients.weight_kg'],
    }));

  it('is null for a new patient, and a schedule set is read back by id and by user', async () => {
    const patient = await newPatient();
    expect(patient.questionnaireSchedule).toBeNull();
    const schedule: QuestionnaireSchedule = { bwsqDays: 0, phq9Days: 7, gad7Days: 90 };
    const updated = await repos().patients.setQuestionnaireSchedule(patient.id, schedule);
    expect(updated).toEqual({ ...patient, questionnaireSchedule: schedule });
    expect((await repos().patients.findById(patient.id))?.questionnaireSchedule).toEqual(schedule);
    expect((await repos().patients.findByUserId(patient.userId))?.questionnaireSchedule).toEqual(schedule);
  });

  it('stores only the three day counts, and null goes back to the defaults', async () => {
    const patient = await newPatient();
    const extra = { bwsqDays: 7, phq9Days: 14, gad7Days: 14, note: 'x' } as QuestionnaireSchedule;
    await repos().patients.setQuestionnaireSchedule(patient.id, extra);
    const row = await handle()
      .db.selectFrom('patients')
      .select('questionnaire_schedule')
      .where('id', '=', patient.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.questionnaire_schedule ?? 'null')).toEqual({ bwsqDays: 7, phq9Days: 14, gad7Days: 14 });
    expect((await repos().patients.setQuestionnaireSchedule(patient.id, null))?.questionnaireSchedule).toBeNull();
  });

  it('refuses values a caller should have validated, leaving the stored schedule as it was', async () => {
    const patient = await newPatient();
    const kept = { bwsqDays: 7, phq9Days: 7, gad7Days: 7 };
    await repos().patients.setQuestionnaireSchedule(patient.id, kept);
    for (const bad of [
      { ...kept, bwsqDays: -1 },
      { ...kept, phq9Days: 91 },
      { ...kept, gad7Days: 1.5 },
      { ...kept, gad7Days: Number.NaN },
    ])
      await expect(repos().patients.setQuestionnaireSchedule(patient.id, bad)).rejects.toThrow(RangeError);
    expect((await repos().patients.findById(patient.id))?.questionnaireSchedule).toEqual(kept);
  });

  it('answers undefined for a patient that does not exist', async () => {
    expect(await repos().patients.setQuestionnaireSchedule(ids(), { bwsqDays: 7, phq9Days: 14, gad7Days: 14 })).toBeUndefined();
  });
});
