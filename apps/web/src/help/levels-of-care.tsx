import {
  CARE_HISTORY,
  type CareContext,
  type CareHistory,
  type CareSetting,
  type CareSuggestion,
  type ClinicalSource,
  HIGH_DOSE_FOR_INPATIENT,
  levelOfCare,
  mg,
  PROGRAMME_HOURS,
  SOURCES,
  type SourceId,
} from '@stepdown/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Field } from '../components/field.js';
import type { MessageKey } from '../i18n/en.js';
import { isMessageKey, useI18n } from '../i18n/i18n.js';
import { telHref } from './tel.js';

const SETTINGS: readonly CareSetting[] = [
  'outpatient',
  'intensive-outpatient',
  'partial-hospitalisation',
  'inpatient-medically-managed',
];

/** IOP and PHP rest on Stepdown's derived mapping (low confidence): the UI must say so. */
const LOW_CONFIDENCE_SETTINGS: ReadonlySet<CareSetting> = new Set(['intensive-outpatient', 'partial-hospitalisation']);

const USE_DISORDER = ['unknown', 'none', 'mild', 'moderate', 'severe'] as const;
type UseDisorderAnswer = (typeof USE_DISORDER)[number];
type SupportAnswer = 'yes' | 'no' | 'unsure';

// Core's notes are English prose; these are the ones it can give, in the chosen language.
const NOTE_KEYS: Readonly<Record<string, MessageKey>> = {
  'Pregnancy: plan with the prescriber and maternity team; never stop suddenly.': 'helpMore.note.pregnancy',
  'Little support at home: arrange more frequent check-ins with the care team.': 'helpMore.note.noSupport',
};
/** Said by the heading and the framing line already. */
const NOT_A_DECISION = 'A suggestion for the care team to consider with the person, not a decision.';

const isLowConfidence = (source: SourceId): boolean => SOURCES[source].confidence === 'low';

const hours = (setting: CareSetting): number =>
  setting === 'partial-hospitalisation' ? PROGRAMME_HOURS.partialHospitalisationMin : PROGRAMME_HOURS.intensiveOutpatientMin;

const HIGH_DOSE_MG = HIGH_DOSE_FOR_INPATIENT.diazepamEquivalentUg / 1000;

/** "20", "20.5" or "20,5" → micrograms; empty → undefined; anything else → null (an error). */
export const parseDoseMg = (text: string): number | undefined | null => {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  if (!/^\d+(\.\d{1,3})?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value > 0 && value <= 1000 ? value : null;
};

const SourceLine = ({ source }: { source: SourceId }) => {
  const { t } = useI18n();
  const entry: ClinicalSource = SOURCES[source];
  return (
    <span className="hint help-source">
      {' '}
      {t('helpMore.result.sourceLabel')}{' '}
      {entry.url ? (
        <a href={entry.url} rel="noopener noreferrer" lang="en">
          {entry.title}
        </a>
      ) : (
        <span lang="en">{entry.title}</span>
      )}
      {isLowConfidence(source) ? ` ${t('helpMore.result.lowConfidenceMark')}` : null}
    </span>
  );
};

const Suggestion = ({
  suggestion,
  emergencyNumber,
  showDanger,
}: {
  suggestion: CareSuggestion;
  emergencyNumber: string;
  showDanger: boolean;
}) => {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const title = t(`helpMore.level.${suggestion.setting}.title` as MessageKey);
  const notes = suggestion.notes.filter((note) => note !== NOT_A_DECISION);
  return (
    <section className="care-suggestion" aria-labelledby="care-suggestion-heading">
      <h4 id="care-suggestion-heading" ref={heading} tabIndex={-1}>
        {t('helpMore.result.heading', { title })}
      </h4>
      <p className="care-framing">{t('helpMore.result.notDecision')}</p>
      {LOW_CONFIDENCE_SETTINGS.has(suggestion.setting) ? (
        <p className="low-confidence">{t('helpMore.level.lowConfidence')}</p>
      ) : null}
      {showDanger ? (
        <p className="care-danger">
          {t('helpMore.result.dangerNow', { number: emergencyNumber })}{' '}
          <a className="call-link danger" href={telHref(emergencyNumber)}>
            {t('help.callNumber', { number: emergencyNumber })}
          </a>
        </p>
      ) : null}
      <h5>{t('helpMore.result.why')}</h5>
      {suggestion.criteria.length === 0 ? (
        <p>{t('helpMore.result.noCriteria')}</p>
      ) : (
        <ul className="care-criteria">
          {suggestion.criteria.map((criterion) => {
            const key = `helpMore.criterion.${criterion.id}`;
            return (
              <li key={criterion.id}>
                {isMessageKey(key) ? t(key, { mg: HIGH_DOSE_MG }) : <span lang="en">{criterion.text}</span>}
                <SourceLine source={criterion.source} />
              </li>
            );
          })}
        </ul>
      )}
      <h5>{t('helpMore.result.alongside')}</h5>
      <ul>
        {suggestion.addOns.map((addOn) => {
          const key = `helpMore.addOn.${addOn.id}`;
          return (
            <li key={addOn.id}>
              {isMessageKey(key) ? t(key) : <span lang="en">{addOn.text}</span>}
              <SourceLine source={addOn.source} />
            </li>
          );
        })}
      </ul>
      {notes.length > 0 ? (
        <>
          <h5>{t('helpMore.result.notes')}</h5>
          <ul>
            {notes.map((note) => {
              const key = NOTE_KEYS[note];
              return <li key={note}>{key ? t(key) : <span lang="en">{note}</span>}</li>;
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
};

/** Levels of care in plain words, and an optional "which might fit" form answered by core's levelOfCare. */
export const LevelsOfCare = ({ emergencyNumber }: { emergencyNumber: string }) => {
  const { t } = useI18n();
  const [dose, setDose] = useState('');
  const [doseError, setDoseError] = useState<string | undefined>();
  const [history, setHistory] = useState<readonly CareHistory[]>([]);
  const [useDisorder, setUseDisorder] = useState<UseDisorderAnswer>('unknown');
  const [support, setSupport] = useState<SupportAnswer>('unsure');
  const [pregnant, setPregnant] = useState(false);
  const [suggestion, setSuggestion] = useState<CareSuggestion | undefined>();

  const toggle = (id: CareHistory, on: boolean) => {
    setHistory((current) => (on ? [...current, id] : current.filter((h) => h !== id)));
    setSuggestion(undefined);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const doseMg = parseDoseMg(dose);
    if (doseMg === null) {
      setDoseError(t('helpMore.fit.doseError'));
      setSuggestion(undefined);
      return;
    }
    setDoseError(undefined);
    const context: CareContext = {
      history,
      ...(doseMg === undefined ? {} : { diazepamEquivalentUg: mg(doseMg) }),
      ...(useDisorder === 'unknown' ? {} : { useDisorder }),
      ...(support === 'unsure' ? {} : { supportAtHome: support === 'yes' }),
      ...(pregnant ? { pregnant } : {}),
    };
    const result = levelOfCare(context);
    // The history ids come from core's own list: a failure here is a bug.
    if (result.ok) setSuggestion(result.value);
  };

  const dangerNow = history.includes('severe-withdrawal-now') || history.includes('imminent-risk');

  return (
    <section className="help-section" aria-labelledby="levels-heading">
      <h2 id="levels-heading">{t('helpMore.levels.heading')}</h2>
      <p>{t('helpMore.levels.intro')}</p>
      <ol className="care-levels">
        {SETTINGS.map((setting) => (
          <li key={setting} className="care-level">
            <h3>{t(`helpMore.level.${setting}.title` as MessageKey)}</h3>
            <p>{t(`helpMore.level.${setting}.what` as MessageKey, { hours: hours(setting) })}</p>
            <p>
              <strong>{t('helpMore.level.whenLabel')}</strong>{' '}
              {t(`helpMore.level.${setting}.when` as MessageKey, { mg: HIGH_DOSE_MG })}
            </p>
            {LOW_CONFIDENCE_SETTINGS.has(setting) ? <p className="low-confidence">{t('helpMore.level.lowConfidence')}</p> : null}
          </li>
        ))}
      </ol>

      <h3>{t('helpMore.fit.heading')}</h3>
      <p className="hint">{t('helpMore.fit.intro')}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('helpMore.fit.dose')} hint={t('helpMore.fit.doseHint')} error={doseError}>
          {(props) => (
            <input
              {...props}
              className="care-dose-input"
              inputMode="decimal"
              autoComplete="off"
              value={dose}
              onChange={(event) => {
                setDose(event.target.value);
                setSuggestion(undefined);
              }}
            />
          )}
        </Field>
        <fieldset className="choices">
          <legend>{t('helpMore.fit.history')}</legend>
          {CARE_HISTORY.map((id) => (
            <label key={id} className="choice">
              <input
                type="checkbox"
                name="history"
                value={id}
                checked={history.includes(id)}
                onChange={(event) => toggle(id, event.target.checked)}
              />{' '}
              {t(`helpMore.history.${id}` as MessageKey)}
            </label>
          ))}
          <label className="choice">
            <input
              type="checkbox"
              name="pregnant"
              checked={pregnant}
              onChange={(event) => {
                setPregnant(event.target.checked);
                setSuggestion(undefined);
              }}
            />{' '}
            {t('helpMore.fit.pregnant')}
          </label>
        </fieldset>
        <Field label={t('helpMore.fit.useDisorder')}>
          {(props) => (
            <select
              {...props}
              value={useDisorder}
              onChange={(event) => {
                setUseDisorder(event.target.value as UseDisorderAnswer);
                setSuggestion(undefined);
              }}
            >
              {USE_DISORDER.map((value) => (
                <option key={value} value={value}>
                  {t(`helpMore.fit.useDisorder.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="choices">
          <legend>{t('helpMore.fit.support')}</legend>
          {(['yes', 'no', 'unsure'] as const).map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="support"
                value={value}
                checked={support === value}
                onChange={() => {
                  setSupport(value);
                  setSuggestion(undefined);
                }}
              />{' '}
              {t(`helpMore.fit.support.${value}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary">
          {t('helpMore.fit.submit')}
        </button>
      </form>
      {/* The answer's heading takes focus (as the triage answer does), so it is read out once. */}
      {suggestion ? <Suggestion suggestion={suggestion} emergencyNumber={emergencyNumber} showDanger={dangerNow} /> : null}
    </section>
  );
};
