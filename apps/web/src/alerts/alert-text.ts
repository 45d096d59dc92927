import type { MessageKey } from '../i18n/en.js';
import { type I18n, type Locale, translate, type Vars } from '../i18n/i18n.js';

/** The parts of an alert this needs; both the clinician's and the supporter's alert types fit. */
export interface AlertLike {
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly action: string | null;
}

/** `'en'`: the server's English, kept as written. `undefined`: the reader's language (or the patient's own words). */
export type TextLang = 'en' | undefined;

export interface AlertText {
  readonly title: string;
  readonly body: string;
  readonly action: string | null;
  /** For each text, the `lang` attribute to put on it. */
  readonly lang: { readonly title: TextLang; readonly body: TextLang; readonly action: TextLang };
}

type T = I18n['t'];

/** The red flags core triages (core RED_FLAGS ids) and the suicide-screen reasons; each has a `redFlag.*` or `alert.reason.*` label. */
const RED_FLAG_IDS = [
  'seizure',
  'confusion',
  'hallucinations',
  'breathing',
  'cannot-stay-awake',
  'suicidal-now',
  'severe-agitation',
  'suicidal-thoughts',
  'took-much-more',
  'opioids-or-alcohol',
  'pregnancy',
  'fall-or-head-injury',
] as const;
type RedFlagId = (typeof RED_FLAG_IDS)[number];

interface Reason {
  readonly label: MessageKey;
  readonly why: MessageKey;
}

/** The screens reuse the "why" of the red flag they stand for (core triage). */
const REASONS: readonly Reason[] = [
  ...RED_FLAG_IDS.map((id): Reason => ({ label: `redFlag.${id}`, why: `alert.why.${id}` })),
  ...(
    [
      ['asq-acute-positive', 'suicidal-now'],
      ['asq-positive', 'suicidal-thoughts'],
      ['phq9-item9', 'suicidal-thoughts'],
    ] as const satisfies readonly (readonly [string, RedFlagId])[]
  ).map(([id, like]): Reason => ({ label: `alert.reason.${id}`, why: `alert.why.${like}` })),
];

const TRIAGE_KINDS = new Set(['red-flag', 'asq-acute-positive', 'asq-positive', 'phq9-item9']);
const URGENCIES = ['emergency', 'urgent'] as const;

interface Texts {
  readonly title: readonly MessageKey[];
  readonly body: readonly MessageKey[];
  readonly action: readonly MessageKey[];
}

/** For each kind with fixed wording, every text the server can write for each part. */
const FIXED: Readonly<Record<string, Texts>> = {
  'severe-withdrawal': {
    title: ['alert.severe-withdrawal.title'],
    body: ['alert.severe-withdrawal.body.check-in', 'alert.severe-withdrawal.body.ciwa-b'],
    action: ['alert.severe-withdrawal.action'],
  },
  'extra-dose': {
    title: ['alert.extra-dose.title.logged', 'alert.extra-dose.title.reported'],
    body: ['alert.extra-dose.body.logged', 'alert.extra-dose.body.reported.one', 'alert.extra-dose.body.reported.other'],
    action: ['alert.extra-dose.action'],
  },
  'missed-doses': {
    title: ['alert.missed-doses.title'],
    body: ['alert.missed-doses.body'],
    action: ['alert.missed-doses.action'],
  },
  'adjustment-suggested': {
    title: ['alert.adjustment-suggested.title.hold', 'alert.adjustment-suggested.title.slow'],
    body: [
      'alert.adjustment-suggested.body.severe.check-in',
      'alert.adjustment-suggested.body.severe.ciwa-b',
      'alert.adjustment-suggested.body.severeRising.check-in',
      'alert.adjustment-suggested.body.severeRising.ciwa-b',
      'alert.adjustment-suggested.body.rise.check-in',
      'alert.adjustment-suggested.body.rise.bwsq',
      'alert.adjustment-suggested.body.rise.ciwa-b',
    ],
    action: ['alert.suggestion.action'],
  },
  // The body is the patient's own words.
  'patient-asked-for-pause': {
    title: ['alert.patient-asked-for-pause.title.hold', 'alert.patient-asked-for-pause.title.slow'],
    body: [],
    action: ['alert.suggestion.action'],
  },
};

/** Only numbers and ISO dates are carried over from the server's text, never words (they would stay English). */
const VALUE = '(\\d[\\d.-]*)';
/** `{values}`: a list of readings, "5, 6, 7" (core suggestAdjustment). */
const VALUES = '(\\d[\\d.]*(?:, \\d[\\d.]*)*)';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The values in `text` if it is exactly the English of `key` filled in, else null. */
const valuesIn = (key: MessageKey, text: string): Vars | null => {
  const template = translate('en', key);
  const names: string[] = [];
  const pattern = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return escapeRegExp(part);
      names.push(name);
      return name === 'values' ? VALUES : VALUE;
    })
    .join('');
  const found = new RegExp(`^${pattern}$`).exec(text);
  if (!found) return null;
  const vars: Record<string, string> = {};
  names.forEach((name, i) => {
    vars[name] = found[i + 1] ?? '';
  });
  // A placeholder used twice must carry the same value both times: re-fill and compare.
  return translate('en', key, vars) === text ? vars : null;
};

/** A local ISO date (YYYY-MM-DD) as the reader writes dates; an impossible one (formatting would throw) as written. */
const localDate = (locale: Locale, iso: string): string => {
  const at = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(at.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(at);
};

/** A number as the reader writes it (a decimal comma in Spanish). */
const localNumber = (locale: Locale, value: string): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(Number(value));

/** The server's numbers and dates, written the reader's way. */
const localised = (locale: Locale, vars: Vars): Vars =>
  Object.fromEntries(
    Object.entries(vars).map(([name, value]) => {
      const text = String(value);
      if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return [name, localDate(locale, text)];
      if (/^\d+(\.\d+)?$/.test(text)) return [name, localNumber(locale, text)];
      // A list of readings: where the decimal mark is a comma, semicolons keep the readings apart.
      if (name === 'values') {
        const separator = localNumber(locale, '0.5').includes(',') ? '; ' : ', ';
        return [
          name,
          text
            .split(', ')
            .map((v) => localNumber(locale, v))
            .join(separator),
        ];
      }
      return [name, text];
    }),
  );

/** The first key whose English is `text`, translated; else the server's English. */
const oneOf = (t: T, locale: Locale, keys: readonly MessageKey[], text: string): { text: string; lang: TextLang } => {
  for (const key of keys) {
    const vars = valuesIn(key, text);
    if (vars) return { text: t(key, localised(locale, vars)), lang: undefined };
  }
  return { text, lang: 'en' };
};

const triageTitle = (t: T, title: string): string | null => {
  for (const urgency of URGENCIES) {
    const key = `alert.triage.title.${urgency}` as const;
    for (const reason of REASONS) {
      if (translate('en', key, { reason: translate('en', reason.label) }) === title) return t(key, { reason: t(reason.label) });
    }
  }
  return null;
};

const reasonText = (t: T, r: Reason) => t('alert.triage.reason', { label: t(r.label), why: t(r.why) });
const english: T = (key, vars) => translate('en', key, vars);

/** The body is each reason's "label: why", joined by spaces (core responseAlerts); all must be known. */
const triageBody = (t: T, body: string): string | null => {
  const parts: string[] = [];
  let rest = body;
  while (rest !== '') {
    const next = REASONS.find((r) => rest === reasonText(english, r) || rest.startsWith(`${reasonText(english, r)} `));
    if (!next) return null;
    parts.push(reasonText(t, next));
    rest = rest.slice(reasonText(english, next).length + 1);
  }
  return parts.length > 0 ? parts.join(' ') : null;
};

const kept = (text: string): { text: string; lang: TextLang } => ({ text, lang: 'en' });
const translated = (text: string | null, fallback: string): { text: string; lang: TextLang } =>
  text === null ? kept(fallback) : { text, lang: undefined };

/**
 * An alert's title, body and action in the reader's language. The server writes
 * them in English; a text is translated only when it is exactly one the catalogue
 * knows (numbers and dates carried over), so nothing is ever guessed: anything
 * else, and every unknown kind, stays the server's English, marked `lang="en"`.
 */
export const alertText = (t: T, locale: Locale, alert: AlertLike): AlertText => {
  // A pause request's body is the patient's own words, in a language we do not know.
  const ownWords = alert.kind === 'patient-asked-for-pause';
  const bodyLang: TextLang = ownWords ? undefined : 'en';
  const fixed = FIXED[alert.kind];
  const triageKind = TRIAGE_KINDS.has(alert.kind);
  if (locale === 'en' || (!fixed && !triageKind)) {
    return {
      title: alert.title,
      body: alert.body,
      action: alert.action,
      lang: { title: 'en', body: bodyLang, action: 'en' },
    };
  }
  const title = triageKind
    ? translated(triageTitle(t, alert.title), alert.title)
    : oneOf(t, locale, fixed?.title ?? [], alert.title);
  const body = triageKind
    ? translated(triageBody(t, alert.body), alert.body)
    : ownWords
      ? { text: alert.body, lang: undefined }
      : oneOf(t, locale, fixed?.body ?? [], alert.body);
  const actionKeys: readonly MessageKey[] = triageKind
    ? URGENCIES.map((u) => `alert.triage.action.${u}` as const)
    : (fixed?.action ?? []);
  const action = alert.action === null ? null : oneOf(t, locale, actionKeys, alert.action);
  return {
    title: title.text,
    body: body.text,
    action: action?.text ?? null,
    lang: { title: title.lang, body: body.lang, action: action === null ? 'en' : action.lang },
  };
};
