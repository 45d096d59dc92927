// The whole loop from issue #6, in a real Chromium against the real server on a fresh database:
// a patient signs up and enters clonazepam 0.5 mg morning + 1 mg night, links to the demo clinician,
// who builds and approves a joint-2025 plan; the patient marks today's doses and reports a severe
// check-in; the clinician sees the alert and approves a hold; the supporter sees only what was shared;
// the print view of the schedule renders. axe runs on every main screen; screenshots are kept.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './harness.js';
import { startWorld, stepsFor, type World } from './world.js';

const available = existsSync(CHROMIUM);
const CLINICIAN = { email: 'clinician@demo.stepdown.test', password: 'demo steady river' };

describe.skipIf(!available)('the care loop: patient, clinician and supporter (Chromium, 360 px)', () => {
  let world: World | undefined;
  let patient: Page;
  let clinician: Page;
  let supporter: Page;
  let patientId = '';
  let clinicianCode = '';
  let supporterCode = '';
  const as = (page: () => Page, who: string) => stepsFor(() => world as World, page, `flow-${who}-`);
  const pat = as(() => patient, 'patient');
  const doc = as(() => clinician, 'clinician');
  const sup = as(() => supporter, 'supporter');

  beforeAll(async () => {
    world = await startWorld();
    patient = (await world.newPerson()).page;
    clinician = (await world.newPerson()).page;
    supporter = (await world.newPerson()).page;
  });

  afterAll(async () => {
    await world?.stop();
  });

  it('a new patient signs up and enters clonazepam 0.5 mg in the morning and 1 mg at night, with the dose check', async () => {
    await pat.signUp('Sam Rivers', 'Taking the medicine');
    await patient.getByRole('heading', { level: 1, name: 'Set up your record' }).waitFor();
    await patient.getByRole('heading', { name: 'Where you live' }).waitFor();
    await pat.expectAccessible('onboarding (where)');
    await patient.getByLabel('Where do you live?').selectOption('US');
    await patient.getByRole('button', { name: 'Continue' }).click();
    await patient.getByRole('heading', { name: 'Your medicine' }).waitFor();
    await patient.getByLabel('Medicine').selectOption('clonazepam');
    await patient.getByLabel('Dose 1: amount in mg').fill('0.5');
    await patient.getByLabel('Dose 1: time').fill('08:00');
    await patient.getByRole('button', { name: 'Add another dose' }).click();
    await patient.getByLabel('Dose 2: amount in mg').fill('1');
    await patient.getByLabel('Dose 2: time').fill('22:00');
    await patient.getByLabel('What is it for?').selectOption('panic');
    await patient.getByText(/Daily total: 1\.5 mg/).waitFor();
    await pat.shot('onboarding-medicine', 'onboarding');
    await pat.expectAccessible('onboarding (medicine and dose check)');
    await patient.getByRole('button', { name: 'Save my medicine' }).click();
    await patient.getByRole('heading', { name: 'What happens next' }).waitFor();
    await pat.expectAccessible('onboarding (done)');
  });

  it('the patient invites their prescriber and a supporter (plan and alerts only) from Sharing', async () => {
    await patient.getByRole('link', { name: 'Sharing' }).click();
    await patient.getByRole('heading', { level: 1, name: 'Sharing and data' }).waitFor();
    await patient.getByRole('button', { name: 'Invite my prescriber' }).click();
    const code = patient.getByTestId('invite-code');
    await code.waitFor();
    clinicianCode = (await code.textContent())?.trim() ?? '';
    expect(clinicianCode.length).toBeGreaterThan(10);
    await patient.getByRole('button', { name: 'Invite a supporter' }).click();
    await expect.poll(async () => (await patient.getByTestId('invite-code').textContent())?.trim()).not.toBe(clinicianCode);
    supporterCode = (await patient.getByTestId('invite-code').textContent())?.trim() ?? '';
    await pat.shot('sharing', 'sharing');
    await pat.expectAccessible('sharing');
  });

  it('the demo clinician adds the patient with the code and builds and approves a joint-2025 plan', async () => {
    await doc.signIn(CLINICIAN.email, CLINICIAN.password);
    await clinician.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
    await doc.expectAccessible('roster');
    await doc.shot('roster');
    await clinician.getByLabel('Invitation code').fill(clinicianCode);
    await clinician.getByRole('button', { name: 'Add', exact: true }).click();
    await clinician.waitForURL(/#\/patients\/[\w-]+$/);
    patientId = /#\/patients\/([\w-]+)$/.exec(clinician.url())?.[1] ?? '';
    await clinician.getByRole('heading', { level: 1 }).waitFor();
    await doc.expectAccessible('patient view (new patient)');
    await clinician.getByRole('link', { name: 'Build a plan' }).click();
    await clinician.getByRole('heading', { level: 1, name: 'Plan for a patient' }).waitFor();
    await expect.poll(() => clinician.getByLabel('Current doses, one per line').inputValue()).toContain('0.5mg@08:00');
    await clinician.getByLabel('Strategy', { exact: true }).selectOption('joint-2025');
    await clinician.locator('table.plan-table tbody tr').first().waitFor();
    await doc.shot('plan-builder', 'plan-builder');
    await doc.expectAccessible('plan for a patient');
    await clinician.getByLabel('Reason for this plan').fill('Long-term use; patient wants to stop; joint-2025 pace.');
    await clinician.getByRole('button', { name: 'Approve plan' }).click();
    await clinician.getByText('Version 1 approved').waitFor();
    // The clinician asks for PHQ-9 every 10 days and no GAD-7 for this patient.
    await doc.open(`#/patients/${patientId}`, /Sam Rivers/);
    await clinician.getByLabel('PHQ-9 every … days').fill('10');
    await clinician.getByLabel('GAD-7 every … days').fill('0');
    await clinician.getByRole('button', { name: 'Save schedule' }).click();
    await clinician.getByText('Schedule saved. The patient’s Check-in now follows it.').waitFor();
  });

  it('the patient sees today’s doses from the plan and marks them taken', async () => {
    await pat.open('#/today', 'Today');
    await patient.getByRole('heading', { name: 'Your doses today' }).waitFor();
    const doses = patient.locator('.dose-card');
    expect(await doses.count()).toBeGreaterThan(0);
    for (const button of await patient.getByRole('button', { name: /^Mark \d\d:\d\d dose taken$/ }).all()) {
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    }
    await pat.shot('today', 'today');
    await pat.expectAccessible('today');
    await pat.open('#/my-plan', 'My plan');
    await patient
      .getByText(/^Step \d+ of \d+$/)
      .first()
      .waitFor();
    await pat.expectAccessible('my plan');
    await pat.shot('my-plan', 'my-plan');
  });

  it('the patient reports a severe check-in and is pointed to help; then asks for a pause', async () => {
    await pat.open('#/check-in', 'Check-in');
    await patient.getByText('Your care team asks for this every 10 days.').waitFor();
    expect(await patient.getByRole('button', { name: 'Fill in the GAD-7 (anxiety)' }).count()).toBe(0);
    await pat.expectAccessible('check-in');
    const pick = (group: string, answer: string) =>
      patient.getByRole('group', { name: group }).getByRole('radio', { name: answer, exact: true }).check();
    await pick('Withdrawal symptoms today', '10');
    await pick('How anxious you felt today', '9');
    await pick('How well you slept', '1');
    await pick('Shaking or tremor today', 'Severe');
    await pick('Did you take your doses as planned?', 'Yes');
    await pick('Did you drink alcohol or take other sedating medicines or opioids?', 'No');
    await patient.getByLabel('Hours of sleep last night').fill('4');
    await patient.getByLabel('Extra doses taken today').fill('0');
    await patient.getByRole('button', { name: 'Save check-in' }).click();
    await patient.getByRole('heading', { name: 'Your check-in is saved' }).waitFor();
    await patient.getByText('Your care team has been alerted and will contact you.').waitFor();
    expect(await patient.getByRole('link', { name: 'Get help now' }).first().getAttribute('href')).toBe('#/help');
    await pat.shot('check-in-severe', 'check-in');
    await pat.expectAccessible('check-in (severe result)');
    await patient.getByRole('link', { name: 'Need a pause? Ask your prescriber' }).click();
    await patient.getByRole('heading', { level: 1, name: 'Ask for a pause' }).waitFor();
    await patient.getByRole('radio', { name: 'Hold at my current dose for a while' }).check();
    await patient.getByLabel('Why? In your own words').fill('The last cut left me shaky and sleepless.');
    await patient.getByRole('button', { name: 'Send to my prescriber' }).click();
    await patient.getByRole('heading', { name: 'Your request was sent' }).waitFor();
    await pat.expectAccessible('pause');
  });

  it('the clinician sees the red flag and the hold request, and approves the hold', async () => {
    await doc.open('#/roster', 'Patients');
    await clinician.getByText('Red flag').first().waitFor();
    await doc.shot('roster-red-flag', 'roster');
    await doc.open(`#/patients/${patientId}`, /.+/);
    await clinician.getByRole('heading', { name: 'Alerts' }).waitFor();
    await clinician.getByRole('heading', { name: 'Suggestions and hold requests' }).waitFor();
    await doc.expectAccessible('patient view (alert and hold request)');
    await doc.shot('patient-view', 'patient-view');
    const asked = clinician.locator('li', { hasText: 'Asked for by the patient' }).first();
    await asked.getByLabel('Your reason').fill('Hold for two weeks after a severe check-in.');
    await asked.getByRole('button', { name: 'Approve', exact: true }).click();
    await clinician.getByText(/Version \d+ of the plan is now in force\./).waitFor();
  });

  it('the supporter adds the patient and sees only what was shared', async () => {
    await sup.signUp('Robin Friend', 'Supporting someone');
    await supporter.getByRole('heading', { level: 1, name: 'People I support' }).waitFor();
    await supporter.getByLabel('Invitation code').fill(supporterCode);
    await supporter.getByRole('button', { name: 'Add', exact: true }).click();
    await supporter.getByRole('heading', { name: 'Sam Rivers' }).waitFor();
    await supporter.getByRole('heading', { name: 'Today’s plan' }).waitFor();
    const checkIns = supporter.locator('section', { has: supporter.getByRole('heading', { name: 'Recent check-ins' }) });
    await checkIns.getByText('Not shared with you.').waitFor();
    // The severe check-in itself is not visible to the supporter.
    expect(await supporter.getByText('Withdrawal rating').count()).toBe(0);
    await sup.shot('supporting', 'supporting');
    await sup.expectAccessible('supporting');
  });

  it('the print view of the schedule renders for A4 and Letter, without the app around it', async () => {
    await doc.open(`#/print/${patientId}/schedule`, /.+/);
    await clinician.locator('table').first().waitFor();
    await doc.expectAccessible('print (schedule)');
    await clinician.emulateMedia({ media: 'print' });
    expect(await clinician.locator('.app-header').isVisible()).toBe(false);
    await doc.shot('print-schedule', 'print-schedule');
    const pdf = await clinician.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await clinician.emulateMedia({ media: 'screen' });
    await doc.open(`#/print/${patientId}/pharmacy`, /.+/);
    await clinician.locator('table').first().waitFor();
    await doc.expectAccessible('print (pharmacy sheet)');
    await doc.shot('print-pharmacy');
  });

  it('someone without an account asks the demo clinic for help; an emergency is answered at once and reaches the queue', async () => {
    const visitor = (await (world as World).newPerson()).page;
    const steps = stepsFor(
      () => world as World,
      () => visitor,
      'flow-visitor-',
    );
    await steps.open('#/help', 'Help now');
    await visitor.getByRole('button', { name: 'Write to a clinic' }).click();
    const form = visitor.locator('form', { has: visitor.getByRole('button', { name: 'Send my request' }) });
    await form.getByLabel('Your name').fill('Jo Visitor');
    await form.getByRole('radio', { name: 'Email' }).check();
    await form.getByLabel('Your email address').fill('jo@example.org');
    await form.getByLabel('Your message (optional)').fill('My brother stopped his clonazepam and had a fit.');
    await form.getByRole('checkbox', { name: 'A seizure (fit)' }).check();
    await visitor.getByRole('button', { name: 'Send my request' }).click();
    await visitor.getByRole('heading', { name: 'Your request was sent to Riverside Clinic (demo)' }).waitFor();
    expect(await visitor.getByRole('link', { name: 'Call 911' }).first().getAttribute('href')).toBe('tel:911');
    await steps.expectAccessible('help (request sent)');
    await steps.shot('help-request');
  });

  it('the clinic workspace shows the request and passes axe', async () => {
    await doc.open('#/clinic', 'Clinic');
    await clinician.getByRole('heading', { name: 'Riverside Clinic (demo)' }).waitFor();
    await clinician.getByText('Emergency: contact now').first().waitFor();
    await clinician.getByRole('button', { name: 'Claim the request from Jo Visitor' }).click();
    await clinician.getByText('Claimed by you.').waitFor();
    await doc.expectAccessible('clinic');
    await doc.shot('clinic');
  });
});
