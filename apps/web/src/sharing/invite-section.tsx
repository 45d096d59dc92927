import { useState } from 'react';
import { PERMISSION_KEYS, type Permissions, sharing } from '../api/sharing.js';
import { useInlineAction } from '../components/inline-action.js';
import { InlineError } from '../components/inline-error.js';
import { useI18n } from '../i18n/i18n.js';
import { CopyButton } from './copy-button.js';
import { errorText, formatDay } from './format.js';

type Kind = 'clinician' | 'supporter';

interface Made {
  readonly kind: Kind;
  readonly code: string;
  readonly expiresAt: string | null;
}

/** A sensible start: a supporter sees the plan and the alerts meant for them, not the diary. */
const DEFAULT_PERMISSIONS: Permissions = { plan: true, doses: false, checkIns: false, alerts: true };

/** "Invite my prescriber" / "Invite a supporter": makes a one-time code and shows it once, big and copyable. */
export const InviteSection = ({ patientId, onInvited }: { patientId: string; onInvited: () => void }) => {
  const { t, locale } = useI18n();
  const [permissions, setPermissions] = useState<Permissions>(DEFAULT_PERMISSIONS);
  const [made, setMade] = useState<Made>();
  const [choiceError, setChoiceError] = useState<string>();
  const action = useInlineAction((problem) => errorText(t, problem));
  const busy = action.busy;

  const invite = (kind: Kind) => {
    if (busy) return;
    if (kind === 'supporter' && !PERMISSION_KEYS.some((key) => permissions[key])) {
      setChoiceError(t('sharing.invite.noneTicked'));
      return;
    }
    setChoiceError(undefined);
    void action.run(async () => {
      const answer = await sharing.invite(patientId, kind === 'supporter' ? { kind, permissions } : { kind });
      setMade({ kind, code: answer.code, expiresAt: answer.link.inviteExpiresAt });
      onInvited();
    });
  };

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('sharing.invite.heading')}</h2>
      <p>{t('sharing.invite.intro')}</p>
      <div className="invite-option">
        <p className="hint" id="invite-clinician-hint">
          {t('sharing.invite.clinicianHint')}
        </p>
        <button
          type="button"
          className="primary"
          aria-describedby="invite-clinician-hint"
          disabled={busy}
          onClick={() => invite('clinician')}
        >
          {t('sharing.invite.clinician')}
        </button>
      </div>
      <div className="invite-option">
        <fieldset
          className={choiceError ? 'choices field-invalid' : 'choices'}
          aria-describedby={choiceError ? 'invite-supporter-hint invite-choice-error' : 'invite-supporter-hint'}
        >
          <legend>{t('sharing.invite.supporterLegend')}</legend>
          <p className="hint" id="invite-supporter-hint">
            {t('sharing.invite.supporterHint')}
          </p>
          {PERMISSION_KEYS.map((key) => (
            <label key={key} className="choice">
              <input
                type="checkbox"
                checked={permissions[key]}
                onChange={(event) => setPermissions((now) => ({ ...now, [key]: event.target.checked }))}
              />
              {t(`sharing.area.${key}`)}
            </label>
          ))}
          {choiceError ? (
            <p className="field-error" id="invite-choice-error">
              {choiceError}
            </p>
          ) : null}
        </fieldset>
        <button type="button" className="primary" disabled={busy} onClick={() => invite('supporter')}>
          {t('sharing.invite.supporter')}
        </button>
      </div>
      <InlineError message={action.error} />
      <div aria-live="polite">
        {busy ? <p>{t('sharing.invite.making')}</p> : null}
        {made && !busy ? (
          <div className="invite-result">
            <h3>{t(`sharing.invite.codeHeading.${made.kind}`)}</h3>
            <p className="hint">{t('sharing.invite.codeLabel')}</p>
            <p className="invite-code" data-testid="invite-code">
              {made.code}
            </p>
            <CopyButton text={made.code} label={t('sharing.invite.copyCode')} />
            <p>{t(`sharing.invite.howTo.${made.kind}`)}</p>
            {made.expiresAt ? <p>{t('sharing.invite.once', { date: formatDay(locale, made.expiresAt) })}</p> : null}
          </div>
        ) : null}
      </div>
    </section>
  );
};
