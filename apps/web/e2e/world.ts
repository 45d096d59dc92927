// What every browser test needs: the built app, the real API on a fresh database, Chromium, and a
// few steps written once (open a screen, screenshot it, run axe, sign up or in).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
// @ts-expect-error: a plain .mjs build helper shared with scripts/ensure-built.mjs (no types needed).
import { buildWebIfStale } from '../build-if-stale.mjs';
import { type Api, launchChromium, ROOT, SCREENSHOTS, type Site, seriousViolations, startApi, startSite } from './harness.js';

export const PASSWORD = 'a calm slow river taper';
const README_SHOTS = join(ROOT, 'docs', 'screenshots');

export interface World {
  readonly url: string;
  /** A new person: their own browser context (cookies, storage) at phone width. */
  readonly newPerson: () => Promise<{ context: BrowserContext; page: Page }>;
  readonly stop: () => Promise<void>;
}

export const startWorld = async (): Promise<World> => {
  buildWebIfStale();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const api: Api = await startApi();
  const site: Site = await startSite(api.port);
  const browser: Browser = await launchChromium();
  return {
    url: site.url,
    newPerson: async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'en-US' });
      return { context, page: await context.newPage() };
    },
    stop: async () => {
      await browser.close();
      await site.stop();
      await api.stop();
    },
  };
};

/** Steps on one person's page; screenshots are named `<prefix><name>.png` in .test-results/e2e. */
export const stepsFor = (world: () => World, page: () => Page, prefix = '') => {
  const open = async (hash: string, heading: string | RegExp) => {
    await page().goto(`${world().url}/${hash}`);
    await page().getByRole('heading', { level: 1, name: heading }).waitFor();
  };
  return {
    open,
    /**
     * A full-page screenshot kept as a test artifact; with `readme`, and STEPDOWN_README_SHOTS=1, also the
     * first screenful as docs/screenshots/<readme>.png (the README's pictures are made this way).
     */
    shot: async (name: string, readme?: string) => {
      await page().screenshot({ path: join(SCREENSHOTS, `${prefix}${name}.png`), fullPage: true });
      if (readme && process.env.STEPDOWN_README_SHOTS === '1') {
        mkdirSync(README_SHOTS, { recursive: true });
        await page().screenshot({ path: join(README_SHOTS, `${readme}.png`) });
      }
    },
    expectAccessible: async (screen: string) => {
      const violations = await seriousViolations(page());
      expect(violations, `${screen}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    },
    signUp: async (name: string, role: string) => {
      await open('#/signup', 'Create an account');
      await page().getByLabel('Your name').fill(name);
      await page()
        .getByLabel('Email')
        .fill(`${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@example.org`);
      await page().getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page().getByRole('radio', { name: role }).check();
      await page().getByRole('button', { name: 'Create account' }).click();
    },
    signIn: async (email: string, password: string) => {
      await open('#/signin', 'Sign in');
      await page().getByLabel('Email').fill(email);
      await page().getByLabel('Password', { exact: true }).fill(password);
      await page().getByRole('button', { name: 'Sign in' }).click();
    },
  };
};
