import { assessUse, findArticle, SDS, SDS_CUT_OFFS, scoreInstrument, type UseSelfCheck } from '@stepdown/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Field } from '../components/field.js';
import { Screen } from '../components/screen.js';
import { type I18n, useI18n } from '../i18n/i18n.js';

const YES_NO = [
  'prescribed',
  'takenAsDirected',
  'moreOrMoreOftenThanPrescribed',
  'someoneElsesPills',
  'moreThanOnePrescriber',
  'crushingOrSnorting',
  'mixingWithAlcoholOrOpioids',
  'withdrawalOnMissedDoses',
  'olderAdult',
] as const;
type YesNo = (typeof YES_NO)[number];

// The SDS items, in core's order; the wording shown is the catalogue's translation of core's paraphrase.
const SDS_ITEMS = SDS.items.map((item) => item.id) as readonly ('q1' | 'q2' | 'q3' | 'q4' | 'q5')[];
const SDS_SCALE = (id: string) => (id === 'q5' ? 'difficult' : 'often');

/** Average days in a month, for turning "months of use" into days (whole days, rounded down). */
const DAYS_PER_MONTH = 30;

interface Outcome {
  readonly result: UseSelfCheck;
  readonly sdsTotal: number;
  readonly cutOff: number;
}

const RadioGroup = ({
  name,
  legend,
  options,
  value,
  error,
  onChange,
}: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  value: string | undefined;
  error: string | undefined;
  onChange: (value: string) => void;
}) => (
  <fieldset className={error ? 'choices field-invalid' : 'choices'} {...(error ? { 'aria-describedby': `${name}-error` } : {})}>
    <legend>{legend}</legend>
    {options.map((option) => (
      <label key={option.value} className="choice">
        <input
          type="radio"
          name={name}
          value={option.value}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
        />{' '}
        {option.label}
      </label>
    ))}
    {error ? (
      <p className="field-error" id={`${name}-error`}>
        {error}
      </p>
    ) : null}
  </fieldset>
);

const Result = ({ outcome, t, onAgain }: { outcome: Outcome; t: I18n['t']; onAgain: () => void }) => {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="self-check-result" className="result">
      <h2 id="self-check-result" ref={heading} tabIndex={-1}>
        {t('selfCheck.result')}
      </h2>
      {outcome.result.findings.length === 0 ? <p>{t('selfCheck.noFindings')}</p> : null}
      {outcome.result.findings.map((finding) => (
        <article key={finding.id} className={finding.id === 'dangerous-mixing' ? 'card card-danger' : 'card'}>
          <h3>{t(`selfCheck.finding.${finding.id}.title`)}</h3>
          <p>{t(`selfCheck.finding.${finding.id}.explanation`)}</p>
          <p>
            <strong>{t('selfCheck.nextStep', { text: t(`selfCheck.next.${finding.nextStep}`) })}</strong>
          </p>
        </article>
      ))}
      <p>{t('selfCheck.sdsScore', { score: outcome.sdsTotal, cutOff: outcome.cutOff })}</p>
      <p className="hint">{t('selfCheck.notDiagnosis')}</p>
      <h3>{t('selfCheck.readMore')}</h3>
      <ul>
        {outcome.result.articles.map((id) => (
          <li key={id}>
            <a href={`#/learn/${id}`} lang="en">
              {findArticle(id)?.title ?? id}
            </a>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onAgain}>
        {t('selfCheck.again')}
      </button>
    </section>
  );
};

/** The guided self-check: yes/no questions and the SDS, scored by core's assessUse. Nothing leaves the device. */
const SelfCheck = () => {
  const { t } = useI18n();
  const [answers, setAnswers] = useState<Partial<Record<YesNo, boolean>>>({});
  const [sds, setSds] = useState<Partial<Record<string, number>>>({});
  const [months, setMonths] = useState('');
  const [daysPerWeek, setDaysPerWeek] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    for (const id of YES_NO) if (answers[id] === undefined) missing[id] = t('auth.required');
    for (const id of SDS_ITEMS) if (sds[id] === undefined) missing[`sds-${id}`] = t('auth.required');
    const monthsNumber = months.trim() === '' ? undefined : Number(months);
    const daysNumber = daysPerWeek.trim() === '' ? undefined : Number(daysPerWeek);
    if (monthsNumber !== undefined && !(Number.isFinite(monthsNumber) && monthsNumber >= 0 && monthsNumber <= 600))
      missing.months = t('selfCheck.monthsInvalid');
    if (daysNumber !== undefined && !(Number.isInteger(daysNumber) && daysNumber >= 0 && daysNumber <= 7))
      missing.daysPerWeek = t('selfCheck.daysInvalid');
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      document.querySelector<HTMLInputElement>('.field-invalid input')?.focus();
      return;
    }
    const sdsAnswers = Object.fromEntries(SDS_ITEMS.map((id) => [id, sds[id] ?? 0]));
    const olderAdult = answers.olderAdult === true;
    const result = assessUse({
      prescribed: answers.prescribed === true,
      takenAsDirected: answers.takenAsDirected === true,
      moreOrMoreOftenThanPrescribed: answers.moreOrMoreOftenThanPrescribed === true,
      someoneElsesPills: answers.someoneElsesPills === true,
      moreThanOnePrescriber: answers.moreThanOnePrescriber === true,
      crushingOrSnorting: answers.crushingOrSnorting === true,
      mixingWithAlcoholOrOpioids: answers.mixingWithAlcoholOrOpioids === true,
      withdrawalOnMissedDoses: answers.withdrawalOnMissedDoses === true,
      olderAdult,
      sds: sdsAnswers,
      ...(monthsNumber === undefined ? {} : { durationDays: Math.floor(monthsNumber * DAYS_PER_MONTH) }),
      ...(daysNumber === undefined ? {} : { daysPerWeek: daysNumber }),
    });
    const cutOff = olderAdult ? SDS_CUT_OFFS.olderAdults : SDS_CUT_OFFS.standard;
    const score = scoreInstrument(SDS, sdsAnswers, { sdsCutOff: cutOff });
    if (!result.ok || !score.ok) {
      setErrors({ form: (result.ok ? undefined : result.error.message) ?? t('auth.required') });
      return;
    }
    setOutcome({ result: result.value, sdsTotal: score.value.total ?? 0, cutOff });
  };

  if (outcome) {
    return (
      <Screen title={t('selfCheck.title')}>
        <Result outcome={outcome} t={t} onAgain={() => setOutcome(undefined)} />
      </Screen>
    );
  }

  const yesNo = [
    { value: 'yes', label: t('selfCheck.yes') },
    { value: 'no', label: t('selfCheck.no') },
  ];
  return (
    <Screen title={t('selfCheck.title')}>
      <p>{t('selfCheck.intro')}</p>
      <form onSubmit={submit} noValidate>
        {errors.form ? (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        ) : null}
        {YES_NO.map((id) => (
          <RadioGroup
            key={id}
            name={id}
            legend={t(`selfCheck.q.${id}`)}
            options={yesNo}
            value={answers[id] === undefined ? undefined : answers[id] ? 'yes' : 'no'}
            error={errors[id]}
            onChange={(value) => setAnswers((a) => ({ ...a, [id]: value === 'yes' }))}
          />
        ))}
        <Field label={t('selfCheck.q.months')} error={errors.months}>
          {(props) => (
            <input {...props} name="months" inputMode="decimal" value={months} onChange={(e) => setMonths(e.target.value)} />
          )}
        </Field>
        <Field label={t('selfCheck.q.daysPerWeek')} error={errors.daysPerWeek}>
          {(props) => (
            <input
              {...props}
              name="daysPerWeek"
              inputMode="numeric"
              value={daysPerWeek}
              onChange={(e) => setDaysPerWeek(e.target.value)}
            />
          )}
        </Field>
        <h2>{t('selfCheck.sds.title')}</h2>
        {SDS_ITEMS.map((id) => (
          <RadioGroup
            key={id}
            name={`sds-${id}`}
            legend={t(`selfCheck.sds.${id}`)}
            options={[0, 1, 2, 3].map((value) => ({
              value: String(value),
              label: t(`selfCheck.${SDS_SCALE(id)}.${value}` as 'selfCheck.often.0'),
            }))}
            value={sds[id] === undefined ? undefined : String(sds[id])}
            error={errors[`sds-${id}`]}
            onChange={(value) => setSds((s) => ({ ...s, [id]: Number(value) }))}
          />
        ))}
        <button type="submit" className="primary">
          {t('selfCheck.submit')}
        </button>
      </form>
    </Screen>
  );
};

export default SelfCheck;
