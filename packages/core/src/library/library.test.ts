import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSourceId } from '../sources/registry.js';
import { ALLOWED_PHONE_NUMBERS, HELP_REGIONS } from '../triage/resources.js';
import { articleLinks, parseArticle, phoneNumbersIn } from './article.js';
import { ARTICLE_FILES } from './articles.generated.js';
import { ARTICLES, findArticle } from './library.js';

const ARTICLES_DIR = new URL('../../articles/', import.meta.url);
const PAGES_DIR = new URL('../../../../../shared/pages/', import.meta.url);
const allowed = new Set(ALLOWED_PHONE_NUMBERS.map((n) => n.replace(/\D/g, '')));

const REQUIRED = [
  'what-is-clonazepam',
  'doses-as-labelled',
  'side-effects',
  'tolerance-dependence-addiction',
  'withdrawal',
  'why-taper-slowly',
  'mixing-with-alcohol-or-opioids',
  'treatment-options',
  'helping-someone-you-care-about',
  'pregnancy',
  'older-adults',
  'getting-help-now',
];

describe('article library', () => {
  it('covers what the public pages cover', () => {
    expect(ARTICLES.map((a) => a.id)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('every article: id matches its file, sources resolve in the registry, links resolve', () => {
    const ids = new Set(ARTICLES.map((a) => a.id));
    for (const file of readdirSync(ARTICLES_DIR).filter((f) => f.endsWith('.md'))) {
      const parsed = parseArticle(readFileSync(new URL(file, ARTICLES_DIR), 'utf8'));
      expect(parsed.ok, file).toBe(true);
      if (!parsed.ok) continue;
      const article = parsed.value;
      expect(`${article.id}.md`).toBe(file);
      expect(article.sources.length, file).toBeGreaterThan(0);
      expect(
        article.sources.filter((s) => !isSourceId(s)),
        file,
      ).toEqual([]);
      expect(
        articleLinks(article.body).filter((id) => !ids.has(id)),
        file,
      ).toEqual([]);
    }
  });

  it('shows no phone number that is not a public service in the resources table', () => {
    for (const article of ARTICLES) {
      expect(
        phoneNumbersIn(article.body).filter((n) => !allowed.has(n)),
        article.id,
      ).toEqual([]);
    }
  });

  it('the phone-number check catches a paid line and passes the public ones', () => {
    expect(phoneNumbersIn('Call 1-888-555-0100 now')).toEqual(['18885550100']);
    expect(
      phoneNumbersIn('call or text 988, or call 1-800-662-HELP (4357)').every((n) => allowed.has(n) || n === '1800662'),
    ).toBe(true);
    expect(phoneNumbersIn('take 0.5 mg at 22:00 for 14 days')).toEqual([]);
  });

  // The pages live in ../shared beside the repository; without them this check is reported as skipped, not passed.
  it.skipIf(!existsSync(PAGES_DIR))('never shows the lead-generation numbers from the public pages', () => {
    const paid = readdirSync(PAGES_DIR)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => phoneNumbersIn(readFileSync(new URL(f, PAGES_DIR), 'utf8')))
      .filter((n) => !allowed.has(n));
    expect(paid.length).toBeGreaterThan(0);
    const shown = new Set(
      [...Object.values(ARTICLE_FILES), ...HELP_REGIONS.flatMap((r) => r.resources.map((res) => res.contact))].flatMap(
        phoneNumbersIn,
      ),
    );
    const digitsOnly = JSON.stringify([ARTICLE_FILES, HELP_REGIONS]).replace(/\D/g, '');
    for (const number of new Set(paid)) {
      expect(shown.has(number), number).toBe(false);
      expect(digitsOnly.includes(number), number).toBe(false);
    }
  });

  it('the bundled copy matches the Markdown files (run scripts/build-articles.mjs)', () => {
    const files = readdirSync(ARTICLES_DIR)
      .filter((f) => f.endsWith('.md'))
      .sort();
    expect(Object.keys(ARTICLE_FILES)).toEqual(files);
    for (const file of files) expect(ARTICLE_FILES[file], file).toBe(readFileSync(new URL(file, ARTICLES_DIR), 'utf8'));
    expect(findArticle('withdrawal')?.title.length).toBeGreaterThan(5);
  });
});
