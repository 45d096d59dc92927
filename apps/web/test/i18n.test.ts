import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';
import { CATALOGUES, interpolate, translate } from '../src/i18n/i18n.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have exactly the same keys in every language', () => {
    const reference = Object.keys(en).sort();
    for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
      expect(Object.keys(catalogue).sort(), locale).toEqual(reference);
    }
  });

  it('use the same placeholders in every language, and no message is empty', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
      expect(es[key].trim(), key).not.toBe('');
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('es', 'help.result.emergency', { number: '911' })).toBe('Llame al 911 ahora.');
    expect(interpolate('Call {number} or {other}', { number: 999 })).toBe('Call 999 or {other}');
  });
});

describe('messages for core’s ids', () => {
  it('name every red flag, region, strategy, plan step kind and self-check finding', async () => {
    const { RED_FLAGS, REGIONS, STRATEGIES } = await import('@stepdown/core');
    const keys = [
      ...RED_FLAGS.map((flag) => `redFlag.${flag.id}`),
      ...REGIONS.map((region) => `help.region.${region}`),
      ...STRATEGIES.filter((s) => s !== 'custom').map((s) => `plan.strategy.${s}`),
      ...['start', 'reduce', 'hold', 'switch', 'stop'].map((kind) => `plan.kind.${kind}`),
      ...['physical-dependence', 'misuse-signals', 'possible-use-disorder', 'dangerous-mixing'].flatMap((id) => [
        `selfCheck.finding.${id}.title`,
        `selfCheck.finding.${id}.explanation`,
      ]),
    ];
    expect(keys.filter((key) => !Object.hasOwn(en, key))).toEqual([]);
  });
});
