import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './harness.js';
import { startWorld, stepsFor, type World } from './world.js';

// In CI (or when asked) a missing browser is a failure, not a silent skip.
const required = process.env.CI === 'true' || process.env.STEPDOWN_E2E === '1';
const available = existsSync(CHROMIUM);

if (!available && required) {
  describe('web app in Chromium', () => {
    it('needs Chromium', () => {
      throw new Error(
        `${CHROMIUM} is missing, and the browser tests are required here (CI=true or STEPDOWN_E2E=1). Install it with \`apt-get install -y chromium\`.`,
      );
    });
  });
}

describe.skipIf(!available)('web app in Chromium (360 px wide)', () => {
  let world: World | undefined;
  let context: BrowserContext;
  let page: Page;
  const { open, shot, expectAccessible, signUp } = stepsFor(
    () => world as World,
    () => page,
  );

  beforeAll(async () => {
    world = await startWorld();
    ({ context, page } = await world.newPerson());
  });

  afterAll(async () => {
    await world?.stop();
  });

  it('signs up a patient, who is asked to set up their record; Today says the same until then', async () => {
    await open('#/signup', 'Create an account');
    await expectAccessible('sign-up');
    await shot('sign-up');
    await signUp('Pat Patient', 'Taking the medicine');
    await page.getByRole('heading', { level: 1, name: 'Set up your record' }).waitFor();
    await open('#/today', 'Today');
    await page.getByRole('heading', { name: 'Your record is not set up yet' }).waitFor();
    expect(await page.getByRole('link', { name: 'Set up your record' }).getAttribute('href')).toBe('#/onboarding');
    expect(await page.getByText('Hello, Pat Patient').isVisible()).toBe(true);
    await shot('today-no-record');
    await expectAccessible('today (no record)');
  });

  it('the demo patient sees today’s doses, marks one taken, and it stays taken after a reload', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill('patient@demo.stepdown.test');
    await page.getByLabel('Password', { exact: true }).fill('demo one step today');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.getByRole('heading', { name: 'Your doses today' }).waitFor();
    expect(await page.getByText(/^Step \d+ of \d+$/).isVisible()).toBe(true);
    expect(await page.locator('.dose-card').count()).toBeGreaterThan(0);
    expect(
      await page
        .getByText(/^Made with: /)
        .first()
        .isVisible(),
    ).toBe(true);
    const taken = page.getByRole('button', { name: 'Mark 08:00 dose taken', exact: true });
    await taken.click();
    await page.getByText('08:00 dose: Taken. Saved.').waitFor();
    expect(await taken.getAttribute('aria-pressed')).toBe('true');
    await shot('today');
    await expectAccessible('today');
    await page.reload();
    await page.getByRole('heading', { name: 'Your doses today' }).waitFor();
    expect(await page.getByRole('button', { name: 'Mark 08:00 dose taken', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.getByRole('button', { name: 'I took an extra dose' }).click();
    await expectAccessible('today (extra dose form)');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('offline: Today still opens from the device, a tap waits, and is sent once when back online', async () => {
    // The service worker has precached the app by now (it installs on the first visit).
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.goto(`${world?.url}/#/today`);
    await page.getByRole('heading', { name: 'Your doses today' }).waitFor();
    await context.setOffline(true);
    await page.reload();
    await page.getByText(/^You are offline\./).waitFor();
    await page.getByRole('button', { name: 'Mark 22:00 dose taken', exact: true }).click();
    await page.getByText(/22:00 dose: Taken\. Saved on this device/).waitFor();
    await shot('today-offline');
    await expectAccessible('today (offline)');
    await context.setOffline(false);
    // Back online, the outbox is sent (on 'online', or by the retry timer: Chromium's offline emulation fires no event).
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('stepdown.outbox') ?? '[]').length), { timeout: 25_000 })
      .toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: 'Your doses today' }).waitFor();
    const late = page.getByRole('button', { name: 'Mark 22:00 dose taken', exact: true });
    expect(await late.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByText('(waiting to be sent)').count()).toBe(0);
  });

  it('Help now: a seizure gets the emergency number at once', async () => {
    await page.getByRole('link', { name: 'Help now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
    // Focus moves to the new screen's heading, for screen readers and keyboards.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectAccessible('help');
    await page.getByRole('checkbox', { name: 'A seizure (fit)' }).check();
    await page.getByRole('button', { name: 'What should I do?' }).click();
    const result = page.getByRole('region', { name: 'Call 911 now.' });
    await result.waitFor();
    expect(await result.getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
    await shot('help-emergency', 'help');
    await expectAccessible('help (emergency answer)');
  });

  it('Learn and Self-check pass axe', async () => {
    await open('#/learn', 'Learn');
    await expectAccessible('learn');
    await page.getByRole('link', { name: 'What to expect from withdrawal' }).click();
    await page.getByRole('heading', { level: 1, name: 'What to expect from withdrawal' }).waitFor();
    await expectAccessible('article');
    await shot('article');
    await open('#/self-check', 'Self-check');
    await expectAccessible('self-check');
    await page.getByRole('button', { name: 'See my result' }).click();
    await expectAccessible('self-check (errors)');
    await open('#/signin', 'Sign in');
    await expectAccessible('sign-in');
  });

  it('plan builder (clinician): a step table and a chart that follow the parameters', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signUp('Dr Clin', 'A clinician');
    await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
    await page.getByRole('link', { name: 'Plan builder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan builder' }).waitFor();
    const rows = page.locator('table.plan-table tbody tr');
    await rows.first().waitFor();
    const before = await rows.count();
    expect(before).toBeGreaterThan(3);
    await page.locator('.dose-chart canvas').first().waitFor();
    await shot('plan-builder');
    await expectAccessible('plan builder');
    await page.getByLabel('Cut per step (%)').fill('80');
    await page.getByText(/This cut is outside what the strategy allows/).waitFor();
    expect(await page.locator('table.plan-table').count()).toBe(0);
    await shot('plan-builder-error');
    await expectAccessible('plan builder (field error)');
    await page.getByLabel('Cut per step (%)').fill('');
    await page.getByLabel('Strategy').selectOption('hyperbolic');
    await expect.poll(() => rows.count()).not.toBe(before);
  });

  it('in Spanish: the shell and Today switch language, and the choice is kept after a reload', async () => {
    const spanish = await (world as World).newPerson();
    const steps = stepsFor(
      () => world as World,
      () => spanish.page,
    );
    await steps.signIn('patient@demo.stepdown.test', 'demo one step today');
    await spanish.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await spanish.page.getByLabel('Language').selectOption('es');
    await spanish.page.getByRole('heading', { level: 1, name: 'Hoy' }).waitFor();
    await spanish.page.getByRole('heading', { name: 'Sus dosis de hoy' }).waitFor();
    expect(await spanish.page.getAttribute('html', 'lang')).toBe('es');
    await spanish.page.reload();
    await spanish.page.getByRole('link', { name: 'Ayuda ya' }).waitFor();
    await steps.expectAccessible('today (Spanish)');
    await steps.shot('today-es');
    await spanish.context.close();
  });
});
