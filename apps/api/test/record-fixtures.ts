import { parseIsoDate, parseRegimen, planTaper, type TaperPlan } from '@stepdown/core';
import type { Repositories } from '@stepdown/db';

/** A real plan from the core: clonazepam 0.5 mg morning and 1 mg night, from `start`. */
export const clonazepamPlan = (start: string): TaperPlan => {
  const regimen = parseRegimen(['0.5mg@08:00', '1mg@22:00']);
  const date = parseIsoDate(start);
  if (!regimen.ok || !date.ok) throw new Error('bad fixture');
  const plan = planTaper({ drug: 'clonazepam', regimen: regimen.value, start: date.value });
  if (!plan.ok) throw new Error(plan.error.message);
  return plan.value;
};

let n = 0;
const clientId = () => `fixture-${++n}-${Date.now()}`;

/**
 * Fills a patient's record through the repositories (the plan, check-in and
 * alert routes belong to other parts of the API): a medication, a plan with
 * an approved version, dose logs (taken, late, missed), a check-in, a PHQ-9,
 * a suggestion and an open alert. Returns the ids the tests look for.
 */
export const fillRecord = async (
  repositories: Repositories,
  input: { readonly patientId: string; readonly clinicianUserId: string; readonly start: string },
) => {
  const { patientId, clinicianUserId, start } = input;
  await repositories.medications.create({
    patientId,
    drug: 'clonazepam',
    indication: 'panic',
    regimen: { doses: [{ time: '08:00', amountUg: 500 }] },
    startedOn: '2024-01-10',
  });
  const plan = await repositories.plans.create({ patientId, title: 'Clonazepam taper' });
  const version = await repositories.planVersions.createNext({
    planId: plan.id,
    plan: clonazepamPlan(start),
    input: { drug: 'clonazepam' },
    authorUserId: clinicianUserId,
    reason: 'First plan',
  });
  if (!version.ok) throw new Error(version.error.message);
  const approved = await repositories.planVersions.approve(version.value.id, clinicianUserId);
  if (!approved.ok) throw new Error(approved.error.message);
  const dose = (date: string, status: 'taken' | 'late' | 'missed', note: string | null = null) =>
    repositories.doseLogs.record({
      patientId,
      clientId: clientId(),
      date,
      plannedTime: '08:00',
      drug: 'clonazepam',
      amountUg: 500,
      status,
      takenAt: status === 'missed' ? null : `${date}T13:05:00.000Z`,
      note,
    });
  const taken = await dose(start, 'taken', '=HYPERLINK("http://evil.example","click"), with "quotes"');
  const late = await dose(start, 'late');
  const missed = await dose(start, 'missed');
  const checkIn = await repositories.checkIns.record({
    patientId,
    clientId: clientId(),
    instrumentId: 'check-in',
    instrumentVersion: '1',
    answers: { sleepHours: 6, dosesAsPlanned: 1, note: 'Slept badly' },
    total: null,
    completedAt: `${start}T20:00:00.000Z`,
  });
  const phq9 = await repositories.questionnaireResponses.record({
    patientId,
    clientId: clientId(),
    instrumentId: 'phq9',
    instrumentVersion: '1',
    answers: { q1: 1, q2: 2, q3: 0, q4: 1, q5: 0, q6: 0, q7: 1, q8: 0, q9: 0 },
    total: 5,
    band: 'mild',
    completedAt: `${start}T20:10:00.000Z`,
  });
  const suggestion = await repositories.adjustmentSuggestions.create({
    patientId,
    planId: plan.id,
    kind: 'hold',
    reason: 'Withdrawal score 8 of 10 three days running',
    source: 'check-in-rule',
    requestedByPatient: false,
  });
  const alert = await repositories.alerts.create({
    patientId,
    kind: 'missed-doses',
    urgency: 'routine',
    title: 'Missed a dose',
    body: 'One dose missed today.',
    audience: 'clinician',
  });
  return {
    plan,
    version: approved.value,
    doses: { taken: taken.value, late: late.value, missed: missed.value },
    checkIn: checkIn.value,
    phq9: phq9.value,
    suggestion,
    alert,
  };
};

/** The plan request a clinician sends in most tests: clonazepam 0.5 mg morning + 1 mg night on joint-2025. */
export const TAPER_REQUEST = {
  drug: 'clonazepam',
  doses: ['0.5mg@08:00', '1mg@22:00'],
  start: '2026-11-22',
  strategy: 'joint-2025',
  reason: 'Agreed at the November visit',
} as const;
