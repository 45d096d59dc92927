import { adviseSupporter, SIGNS, type Sign, type SupporterAdvice } from '@stepdown/core';
import { type FormEvent, useRef, useState } from 'react';
import type { MessageKey } from '../i18n/en.js';
import { type I18n, useI18n } from '../i18n/i18n.js';

type T = I18n['t'];

const GROUPS: readonly Sign['kind'][] = ['danger', 'sedation', 'misuse'];

/** The headline in the reader's language, chosen by the same facts core uses for its summary. */
const summaryKey = (advice: SupporterAdvice): MessageKey => {
  if (advice.emergency) return 'supporting.signs.emergency';
  if (advice.noticed.filter((s) => s.kind === 'misuse').length >= 2) return 'supporting.signs.several';
  if (advice.noticed.some((s) => s.kind === 'sedation')) return 'supporting.signs.sedation';
  return advice.noticed.length > 0 ? 'supporting.signs.one' : 'supporting.signs.noneTicked';
};

const AdviceList = ({ heading, items }: { heading: string; items: readonly string[] }) => (
  <>
    <h4>{heading}</h4>
    {/* Core's advice is English prose for now (docs/web.md, i18n). */}
    <ul lang="en">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  </>
);

const Advice = ({ advice, t }: { advice: SupporterAdvice; t: T }) => (
  <>
    <p className={advice.emergency ? 'emergency-line' : undefined}>{t(summaryKey(advice))}</p>
    {advice.emergency ? (
      <p>
        <a className="call-link danger big" href="#/help">
          {t('supporting.alerts.callHelp')}
        </a>
      </p>
    ) : null}
    <p>
      <strong>{t('supporting.signs.neverStop')}</strong>
    </p>
    <AdviceList heading={t('supporting.signs.toDo')} items={advice.whatToDo} />
    <AdviceList heading={t('supporting.signs.notToDo')} items={advice.whatNotToDo} />
    <AdviceList heading={t('supporting.signs.talk')} items={advice.howToTalk} />
  </>
);

/** Core's supporter signs as a checklist; the advice is computed here and nothing is sent. */
export const SignsChecklist = () => {
  const { t } = useI18n();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [advice, setAdvice] = useState<SupporterAdvice>();
  const heading = useRef<HTMLHeadingElement>(null);
  const toggle = (id: string, on: boolean) =>
    setTicked((now) => {
      const next = new Set(now);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const show = (event: FormEvent) => {
    event.preventDefault();
    const result = adviseSupporter([...ticked]);
    // The ids come from SIGNS, so core cannot refuse them.
    if (!result.ok) return;
    setAdvice(result.value);
    requestAnimationFrame(() => heading.current?.focus());
  };
  return (
    <section className="card" aria-labelledby="signs-heading">
      <h2 id="signs-heading">{t('supporting.signs.heading')}</h2>
      <p>{t('supporting.signs.intro')}</p>
      <form onSubmit={show}>
        {GROUPS.map((group) => (
          <fieldset key={group} className="choices">
            <legend>{t(`supporting.signs.group.${group}`)}</legend>
            {SIGNS.filter((sign) => sign.kind === group).map((sign) => (
              <label key={sign.id} className="choice">
                <input
                  type="checkbox"
                  checked={ticked.has(sign.id)}
                  onChange={(event) => toggle(sign.id, event.target.checked)}
                />
                {t(`supporting.sign.${sign.id}` as MessageKey)}
              </label>
            ))}
          </fieldset>
        ))}
        <button type="submit" className="primary">
          {t('supporting.signs.show')}
        </button>
      </form>
      {advice ? (
        <div className={advice.emergency ? 'triage triage-emergency' : 'triage triage-routine'}>
          <h3 ref={heading} tabIndex={-1}>
            {t('supporting.signs.adviceHeading')}
          </h3>
          <Advice advice={advice} t={t} />
        </div>
      ) : null}
    </section>
  );
};
