import { useEffect, useRef } from 'react';
import type { Answers, EntryFlag, Help, Scored } from '../api/check-ins.js';
import { isMessageKey, useI18n } from '../i18n/i18n.js';

/** What a save came to: sent and scored, or kept in the offline outbox. */
export type Outcome =
  /** `severe`: the answers themselves call for help (judged here, since the server has not seen them yet). */
  | { readonly queued: true; readonly severe: boolean }
  | { readonly queued: false; readonly scored: Scored; readonly answers: Answers };

/** Flags that mean the person is struggling now: the calm "get help" notice follows. */
const SEVERE_FLAGS = new Set(['SEVERE_WITHDRAWAL_RATING', 'HALLUCINATIONS', 'SUICIDE_ITEM_POSITIVE', 'RED_FLAG']);

/**
 * The server raises a care-team alert for an urgent or emergency triage, a severe
 * withdrawal rating and extra doses (core `responseAlerts`); the answer does not
 * list the alerts, so this mirrors those rules from what it does return.
 */
/** Only the server knows whether its rules alerted the care team; the screen never guesses. */
export const careTeamAlerted = (scored: Scored): boolean => scored.careTeamAlerted === true;

export const isSevere = (scored: Scored): boolean =>
  scored.help !== null || scored.score.flags.some((f) => SEVERE_FLAGS.has(f.code));

const FlagList = ({ flags }: { flags: readonly EntryFlag[] }) => {
  const { t } = useI18n();
  const codes = [...new Set(flags.map((f) => f.code))];
  return (
    <ul>
      {codes.map((code) => {
        const key = `checkIn.flag.${code}`;
        return <li key={code}>{t(isMessageKey(key) ? key : 'checkIn.flag.other')}</li>;
      })}
    </ul>
  );
};

/** Prominent but calm: what to do now, a link to the help page, and that the care team knows. */
export const SevereNotice = ({ help, alerted, level }: { help: Help | null; alerted: boolean; level: 4 | 5 }) => {
  const { t } = useI18n();
  const Heading = `h${level}` as const;
  return (
    <div className={help?.urgency === 'emergency' ? 'card card-danger severe-notice' : 'card severe-notice'}>
      <Heading>{t('checkIn.severe.heading')}</Heading>
      {help ? (
        <p className="emergency-line">
          {help.urgency === 'emergency' ? t('help.result.emergency', { number: help.emergencyNumber }) : t('help.result.urgent')}
        </p>
      ) : null}
      {help?.urgency === 'emergency' ? (
        <p>
          <a className="call-link danger big" href={`tel:${help.emergencyNumber}`}>
            {t('help.callNumber', { number: help.emergencyNumber })}
          </a>
        </p>
      ) : null}
      <p>{t('checkIn.severe.body')}</p>
      {alerted ? <p className="alerted">{t('checkIn.severe.alerted')}</p> : null}
      <p>
        <a className="get-help" href="#/help">
          {t('checkIn.severe.getHelp')}
        </a>
      </p>
      <p>
        <a href="#/pause">{t('checkIn.severe.pause')}</a>
      </p>
    </div>
  );
};

/** The result of a save; the heading takes focus so the answer is read out at once. */
export const ResultView = ({
  outcome,
  range,
  level,
  onAgain,
}: {
  outcome: Outcome;
  /** A questionnaire's score range; none for the daily diary. */
  range?: { readonly min: number; readonly max: number } | undefined;
  /** The result's heading level under the form's own heading. */
  level: 3 | 4;
  onAgain: () => void;
}) => {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Heading = `h${level}` as const;
  const Sub = level === 3 ? 'h4' : 'h5';
  if (outcome.queued)
    return (
      <div className="card check-in-result">
        <Heading ref={heading} tabIndex={-1}>
          {t('checkIn.queued')}
        </Heading>
        {outcome.severe ? <SevereNotice help={null} alerted={false} level={level === 3 ? 4 : 5} /> : null}
        <button type="button" className="secondary" onClick={onAgain}>
          {t('checkIn.result.again')}
        </button>
      </div>
    );
  const { scored, answers } = outcome;
  const { total, band, flags } = scored.score;
  const bandKey = band ? `checkIn.band.${band}` : '';
  return (
    <div className="card check-in-result">
      <Heading ref={heading} tabIndex={-1}>
        {t('checkIn.result.heading')}
      </Heading>
      {range && total !== null ? (
        <p className="score">
          {t('checkIn.result.total', { total, max: range.max })}{' '}
          {isMessageKey(bandKey) ? t('checkIn.result.band', { band: t(bandKey) }) : t('checkIn.result.noBand')}
        </p>
      ) : null}
      {!range && typeof answers.withdrawal === 'number' ? (
        <p className="score">{t('checkIn.result.withdrawal', { value: answers.withdrawal })}</p>
      ) : null}
      {isSevere(scored) ? (
        <SevereNotice help={scored.help} alerted={careTeamAlerted(scored)} level={level === 3 ? 4 : 5} />
      ) : null}
      {scored.suggestion ? <p>{t('checkIn.result.suggestion')}</p> : null}
      {flags.length > 0 ? (
        <>
          <Sub>{t('checkIn.result.flags')}</Sub>
          <FlagList flags={flags} />
        </>
      ) : (
        <p>{t('checkIn.result.noFlags')}</p>
      )}
      <button type="button" className="secondary" onClick={onAgain}>
        {t('checkIn.result.again')}
      </button>
    </div>
  );
};
