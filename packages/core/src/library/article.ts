import { err, ok, type Result } from '../result.js';

export type Audience = 'patient' | 'supporter' | 'clinician';

export interface Article {
  readonly id: string;
  readonly title: string;
  readonly audience: readonly Audience[];
  readonly readingMinutes: number;
  readonly sources: readonly string[];
  readonly lastReviewed: string;
  /** Markdown body; links to other articles are written `(article:<id>)`. */
  readonly body: string;
}

const AUDIENCES: readonly Audience[] = ['patient', 'supporter', 'clinician'];

const list = (value: string): string[] =>
  value
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** Parses an article: `---` front matter of `key: value` lines, then Markdown. */
export const parseArticle = (text: string): Result<Article> => {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match)
    return err('ARTICLE_FRONT_MATTER', 'An article must start with front matter between --- lines.', {
      expected: 'id, title, audience, readingMinutes, sources, lastReviewed',
    });
  const fields = new Map<string, string>();
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const pair = /^([A-Za-z]+):\s*(.*)$/.exec(line.trim());
    if (pair) fields.set(pair[1] ?? '', (pair[2] ?? '').trim());
  }
  const missing = ['id', 'title', 'audience', 'readingMinutes', 'sources', 'lastReviewed'].find((key) => !fields.get(key));
  if (missing) return err('ARTICLE_FIELD_MISSING', `The front matter has no ${missing}.`, { field: missing });
  const audience = list(fields.get('audience') ?? '');
  if (audience.length === 0 || audience.some((a) => !AUDIENCES.includes(a as Audience))) {
    return err('ARTICLE_AUDIENCE', `"${fields.get('audience')}" is not an audience list.`, {
      field: 'audience',
      expected: AUDIENCES.join(', '),
    });
  }
  const minutes = Number(fields.get('readingMinutes'));
  const reviewed = fields.get('lastReviewed') ?? '';
  if (!(Number.isInteger(minutes) && minutes > 0))
    return err('ARTICLE_FIELD_INVALID', 'readingMinutes must be a whole number.', { field: 'readingMinutes' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewed))
    return err('ARTICLE_FIELD_INVALID', 'lastReviewed must be a date YYYY-MM-DD.', { field: 'lastReviewed' });
  return ok({
    id: fields.get('id') ?? '',
    title: (fields.get('title') ?? '').replace(/^["']|["']$/g, ''),
    audience: audience as Audience[],
    readingMinutes: minutes,
    sources: list(fields.get('sources') ?? ''),
    lastReviewed: reviewed,
    body: (match[2] ?? '').trim(),
  });
};

/** Ids of the articles a body links to. */
export const articleLinks = (body: string): string[] => [...body.matchAll(/\(article:([a-z0-9-]+)\)/g)].map((m) => m[1] ?? '');

/**
 * Phone-like numbers in a text: long digit groups anywhere, and short codes
 * after "call", "text" or "dial". Normalised to digits for comparison.
 */
const KEYPAD: Readonly<Record<string, string>> = {
  ABC: '2',
  DEF: '3',
  GHI: '4',
  JKL: '5',
  MNO: '6',
  PQRS: '7',
  TUV: '8',
  WXYZ: '9',
};
const keypadDigit = (letter: string): string => Object.entries(KEYPAD).find(([letters]) => letters.includes(letter))?.[1] ?? '';
/** Digits only, with letters of vanity numbers (1-800-662-HELP) turned into their keypad digits. */
const toDigits = (number: string): string => number.toUpperCase().replace(/[A-Z]/g, keypadDigit).replace(/\D/g, '');

export const phoneNumbersIn = (text: string): string[] => {
  const long = [...text.matchAll(/(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}|\b1-8\d\d-[A-Z0-9]{3}-?[A-Z0-9]{4}\b/g)].map(
    (m) => m[0],
  );
  const short = [
    ...text.matchAll(/\b(?:call|text|dial|ring|phone)(?:\s+or\s+text)?\s+((?:\d[\s-]?){2,7}\d)(?![\d-]*[\dA-Z])/gi),
  ].map((m) => m[1] ?? '');
  return [...long, ...short].map(toDigits).filter((digits) => digits.length >= 3);
};
