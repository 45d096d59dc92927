import { findRegion, HELP_REGIONS, type HelpResource, type RegionId, type Triage, triage } from '@stepdown/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Screen } from '../components/screen.js';
import { AskClinic } from '../help/ask-clinic.js';
import { FindTreatment } from '../help/find-treatment.js';
import { LevelsOfCare } from '../help/levels-of-care.js';
import { RedFlagChoices } from '../help/red-flag-choices.js';
import { telHref } from '../help/tel.js';
import { isMessageKey, useI18n } from '../i18n/i18n.js';
import '../styles/help.css';

export { telHref };

const TELL_THEM = ['help.tell.1', 'help.tell.2', 'help.tell.3', 'help.tell.4'] as const;
const ACTIONS = {
  emergency: ['help.action.emergency.1', 'help.action.emergency.2', 'help.action.emergency.3'],
  urgent: ['help.action.urgent.1', 'help.action.urgent.2', 'help.action.urgent.3'],
  routine: ['help.action.routine.1', 'help.action.routine.2', 'help.action.routine.3'],
} as const;

// Emergencies first, so the most serious signs are read first.

const Resource = ({ resource }: { resource: HelpResource }) => {
  const { t } = useI18n();
  return (
    <li className="resource">
      <h3>{resource.name}</h3>
      <p>{resource.contact}</p>
      {resource.phoneNumbers.length > 0 ? (
        <p className="resource-calls">
          {resource.phoneNumbers.map((number) => (
            <a key={number} className="call-link" href={telHref(number)}>
              {t('help.callNumber', { number })}
            </a>
          ))}
        </p>
      ) : null}
      {resource.url ? (
        <p>
          <a href={resource.url} rel="noopener noreferrer">
            {t('help.website', { site: new URL(resource.url).hostname.replace(/^www\./, '') })}
          </a>
        </p>
      ) : null}
      <p className="hint">{resource.when}</p>
    </li>
  );
};

/**
 * Help now: the region's emergency number first, before any question; then
 * red-flag questions, which core's triage turns into what to do and the
 * region's free services. Nothing is sent to the server from these.
 * Below: levels of care, asking a clinic for help, and how to find treatment.
 */
const Help = () => {
  const { t } = useI18n();
  const [region, setRegion] = useState<RegionId>('US');
  const [symptoms, setSymptoms] = useState<readonly string[]>([]);
  const [answer, setAnswer] = useState<Triage | undefined>();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const regionInfo = findRegion(region);
  const emergencyNumber = regionInfo.ok ? regionInfo.value.emergencyNumber : '112';

  useEffect(() => {
    if (answer) resultHeading.current?.focus();
  }, [answer]);

  const toggle = (id: string, on: boolean) => {
    setSymptoms((current) => (on ? [...current, id] : current.filter((s) => s !== id)));
    setAnswer(undefined);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = triage({ symptoms, region });
    // The symptom ids come from core's own list and the region from its own select: a failure here is a bug.
    if (result.ok) setAnswer(result.value);
  };

  return (
    <Screen title={t('help.title')}>
      <p className="emergency-line">
        {t('help.emergencyLine', { number: emergencyNumber })}{' '}
        <a className="call-link danger" href={telHref(emergencyNumber)}>
          {t('help.callNumber', { number: emergencyNumber })}
        </a>
      </p>
      <label className="inline-field">
        {t('help.region')}{' '}
        <select
          value={region}
          onChange={(event) => {
            setRegion(event.target.value as RegionId);
            setAnswer(undefined);
          }}
        >
          {HELP_REGIONS.map((r) => (
            <option key={r.id} value={r.id}>
              {isMessageKey(`help.region.${r.id}`) ? t(`help.region.${r.id}` as 'help.region.US') : r.name}
            </option>
          ))}
        </select>
      </label>
      <form onSubmit={submit}>
        <RedFlagChoices legend={t('help.question')} name="symptom" selected={symptoms} onToggle={toggle} />
        <button type="submit" className="primary">
          {t('help.submit')}
        </button>
      </form>
      {answer ? (
        <section className={`triage triage-${answer.urgency}`} aria-labelledby="triage-result">
          <h2 id="triage-result" ref={resultHeading} tabIndex={-1}>
            {t(`help.result.${answer.urgency}`, { number: answer.emergencyNumber })}
          </h2>
          {answer.urgency === 'emergency' ? (
            <p>
              <a className="call-link danger big" href={telHref(answer.emergencyNumber)}>
                {t('help.callNumber', { number: answer.emergencyNumber })}
              </a>
            </p>
          ) : null}
          <h3>{t('help.actions')}</h3>
          <ul>
            {ACTIONS[answer.urgency].map((key) => (
              <li key={key}>{t(key, { number: answer.emergencyNumber })}</li>
            ))}
          </ul>
          {answer.reasons.length > 0 ? (
            <>
              <h3>{t('help.because')}</h3>
              <ul>
                {answer.reasons.map((reason) => {
                  const key = `redFlag.${reason.id}`;
                  return <li key={reason.id}>{isMessageKey(key) ? t(key) : reason.label}</li>;
                })}
              </ul>
            </>
          ) : null}
          {answer.urgency === 'routine' ? null : (
            <>
              <h3>{t('help.tellThem')}</h3>
              <ul>
                {TELL_THEM.map((key) => (
                  <li key={key}>{t(key)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}
      <section aria-labelledby="resources">
        <h2 id="resources">{t('help.resources')}</h2>
        <p className="hint">{t('help.resourcesNote')}</p>
        <ul className="resources">
          {(answer?.resources ?? (regionInfo.ok ? regionInfo.value.resources : [])).map((resource) => (
            <Resource key={resource.id} resource={resource} />
          ))}
        </ul>
      </section>
      <LevelsOfCare emergencyNumber={emergencyNumber} />
      <AskClinic region={region} symptoms={symptoms} emergencyNumber={emergencyNumber} />
      <FindTreatment region={region} />
    </Screen>
  );
};

export default Help;
