import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { type CareLink, PERMISSION_KEYS, type Permissions, sharing } from '../api/sharing.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { useInlineAction } from '../components/inline-action.js';
import { InlineError } from '../components/inline-error.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { errorText, formatDay } from './format.js';
import { LoadStatus } from './load-status.js';

type T = I18n['t'];

/**
 * The role and the person's (or clinic's) name, "Supporter: Robin"; an invitation nobody has
 * used yet has no name, so it says the role and the day it was made instead.
 */
const whoText = (t: T, locale: string, link: CareLink): string => {
  const kind = t(`sharing.links.kind.${link.kind}`);
  const name = link.linkedUserName || link.clinicName;
  return name
    ? t('sharing.links.named', { kind, name })
    : t('sharing.links.whoDated', { kind, date: formatDay(locale, link.createdAt) });
};

const seesText = (t: T, link: CareLink): string => {
  if (link.kind !== 'supporter') return t('sharing.links.everything');
  const areas = PERMISSION_KEYS.filter((key) => link.permissions[key]).map((key) => t(`sharing.area.${key}`));
  return areas.length === 0 ? t('sharing.links.seesNothing') : t('sharing.links.sees', { areas: areas.join(', ') });
};

const LinkItem = ({
  link,
  patientId,
  onRevoked,
  onChanged,
}: {
  link: CareLink;
  patientId: string;
  onRevoked: (link: CareLink) => void;
  onChanged: (link: CareLink) => void;
}) => {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState<Permissions>();
  const action = useInlineAction((problem) => errorText(t, problem));
  const editButton = useRef<HTMLButtonElement>(null);
  const pending = link.status === 'invited';
  const who = whoText(t, locale, link);

  const revoke = () =>
    void action.run(async () => {
      await sharing.revokeLink(patientId, link.id);
      onRevoked(link);
    });

  const closeEditor = () => {
    setEditing(undefined);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    // On a failure the ticks stay as chosen so the save can be tried again.
    void action.run(async () => {
      const updated = await sharing.setPermissions(patientId, link.id, editing);
      onChanged(updated ?? { ...link, permissions: editing });
      closeEditor();
    });
  };

  return (
    <li className="card link-item">
      <h3>{who}</h3>
      <p>
        {pending
          ? link.inviteExpiresAt
            ? t('sharing.links.pending', { date: formatDay(locale, link.inviteExpiresAt) })
            : t('sharing.links.pendingNoDate')
          : t('sharing.links.active', { date: formatDay(locale, link.acceptedAt ?? link.createdAt) })}
      </p>
      <p>{seesText(t, link)}</p>
      {editing ? (
        <form onSubmit={save}>
          <fieldset className="choices">
            <legend>{t('sharing.links.editLegend')}</legend>
            {PERMISSION_KEYS.map((key) => (
              <label key={key} className="choice">
                <input
                  type="checkbox"
                  checked={editing[key]}
                  onChange={(event) => setEditing((now) => now && { ...now, [key]: event.target.checked })}
                />
                {t(`sharing.area.${key}`)}
              </label>
            ))}
          </fieldset>
          <div className="actions">
            <button type="submit" className="primary" disabled={action.busy}>
              {t('sharing.links.save')}
            </button>
            <button type="button" onClick={closeEditor}>
              {t('sharing.links.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {link.kind === 'supporter' && !confirming ? (
            <button
              ref={editButton}
              type="button"
              aria-label={t('sharing.links.editLabel', { who })}
              onClick={() => setEditing(link.permissions)}
            >
              {t('sharing.links.edit')}
            </button>
          ) : null}{' '}
          <ConfirmButton
            label={t(pending ? 'sharing.links.withdraw' : 'sharing.links.revoke')}
            ariaLabel={t(pending ? 'sharing.links.withdrawLabel' : 'sharing.links.revokeLabel', { who })}
            question={t(pending ? 'sharing.links.confirmWithdraw' : 'sharing.links.confirm')}
            yes={t(pending ? 'sharing.links.confirmWithdrawYes' : 'sharing.links.confirmYes')}
            no={t('sharing.links.confirmNo')}
            busy={action.busy}
            onConfirm={revoke}
            onOpenChange={setConfirming}
          />
        </>
      )}
      <InlineError message={action.error} />
    </li>
  );
};

type Load =
  | { readonly state: 'loading' }
  | { readonly state: 'error' }
  | { readonly state: 'ready'; readonly links: readonly CareLink[] };

/** Who can see my record: active links and invitations not used yet, each with Remove (confirmed). */
export const LinksSection = ({ patientId, version }: { patientId: string; version: number }) => {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [said, setSaid] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const fetchLinks = useCallback(() => {
    let live = true;
    sharing.links(patientId).then(
      (links) => live && setLoad({ state: 'ready', links }),
      () => live && setLoad({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [patientId]);
  // `version` changes after a new invitation, so the pending one shows at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the trigger
  useEffect(() => fetchLinks(), [fetchLinks, version]);

  const revoked = (link: CareLink) => {
    setLoad((now) => (now.state === 'ready' ? { state: 'ready', links: now.links.filter((l) => l.id !== link.id) } : now));
    setSaid(t(link.status === 'invited' ? 'sharing.links.withdrawn' : 'sharing.links.revoked'));
    // The item and its buttons are gone: keep the keyboard in this section.
    heading.current?.focus();
  };

  const changed = (link: CareLink) => {
    setLoad((now) =>
      now.state === 'ready' ? { state: 'ready', links: now.links.map((l) => (l.id === link.id ? link : l)) } : now,
    );
    setSaid(t('sharing.links.saved'));
  };

  return (
    <section className="card" aria-labelledby="links-heading">
      <h2 id="links-heading" ref={heading} tabIndex={-1}>
        {t('sharing.links.heading')}
      </h2>
      <LoadStatus state={load.state} onRetry={() => fetchLinks()} />
      {load.state === 'ready' && load.links.length === 0 ? <p>{t('sharing.links.none')}</p> : null}
      {load.state === 'ready' && load.links.length > 0 ? (
        <ul className="link-list">
          {load.links.map((link) => (
            <LinkItem key={link.id} link={link} patientId={patientId} onRevoked={revoked} onChanged={changed} />
          ))}
        </ul>
      ) : null}
      <p className="hint">{t('sharing.links.change')}</p>
      <p role="status">{said}</p>
    </section>
  );
};
