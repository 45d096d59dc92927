import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../api/client.js';
import { type Alert, type MyCareLink, type Permissions, supporting } from '../api/sharing.js';
import { AcceptInvite } from '../components/accept-invite.js';
import { LoadFailed } from '../components/load-failed.js';
import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';
import { SignInPrompt } from '../patient/sign-in-prompt.js';
import type { Route } from '../router.js';
import { useSession } from '../session.js';
import { SignsChecklist } from '../sharing/signs-checklist.js';
import { type Load, SupportedPerson } from '../sharing/supported-person.js';
import { SupporterArticles } from '../sharing/supporter-articles.js';
import '../styles/sharing.css';

type Links =
  | { readonly state: 'loading' }
  | { readonly state: 'error' }
  /** GET /api/care-links is not deployed yet (404): people added in this visit are still shown. */
  | { readonly state: 'unavailable' }
  | { readonly state: 'ready'; readonly links: readonly MyCareLink[] };

/**
 * Without the care-links list, a person just added is shown from GET /patients/:id,
 * which tells the viewer's own permissions (its record has no name to show).
 */
const linkFromRecord = async (patientId: string): Promise<MyCareLink> => {
  const record = await api<{ access: { relation: MyCareLink['kind']; permissions: Permissions } }>(
    `/patients/${encodeURIComponent(patientId)}`,
  );
  return {
    id: `record-${patientId}`,
    patientId,
    patientName: '',
    kind: record.access.relation,
    permissions: record.access.permissions,
    acceptedAt: null,
  };
};

/** The supporter's view: each person they support, only what was shared, the signs checklist and how to help. */
const Supporting = (_props: { route: Route }) => {
  const { t } = useI18n();
  const { user } = useSession();
  const [links, setLinks] = useState<Links>({ state: 'loading' });
  const [addedHere, setAddedHere] = useState<readonly MyCareLink[]>([]);
  const [alerts, setAlerts] = useState<Load<readonly Alert[]>>({ state: 'loading' });
  const [said, setSaid] = useState('');

  const [justAdded, setJustAdded] = useState<string>();

  /** `refresh`: keep what is shown while the new list loads (after adding someone). */
  const fetchLinks = useCallback(
    (refresh = false) => {
      if (user?.role !== 'supporter') return undefined;
      let live = true;
      if (!refresh) setLinks({ state: 'loading' });
      supporting.careLinks().then(
        (list) => live && setLinks({ state: 'ready', links: list }),
        (error) =>
          live && setLinks(error instanceof ApiError && error.status === 404 ? { state: 'unavailable' } : { state: 'error' }),
      );
      return () => {
        live = false;
      };
    },
    [user],
  );
  useEffect(() => fetchLinks(), [fetchLinks]);

  const shown: readonly MyCareLink[] = links.state === 'ready' ? links.links : links.state === 'unavailable' ? addedHere : [];
  const alertsKey = shown
    .filter((l) => l.permissions.alerts)
    .map((l) => l.patientId)
    .join(',');

  // One inbox request for everyone; asked only when someone shares alerts.
  useEffect(() => {
    if (alertsKey === '') return undefined;
    let live = true;
    supporting.alerts().then(
      (value) => live && setAlerts({ state: 'ready', value }),
      () => live && setAlerts({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [alertsKey]);

  const accepted = async ({ patientId }: { patientId: string }) => {
    // The form moves once the list changes, so the new person's heading takes focus and the news is said here.
    setJustAdded(patientId);
    setSaid(t('sharing.accept.done'));
    if (links.state === 'unavailable') {
      try {
        const link = await linkFromRecord(patientId);
        setAddedHere((now) => [...now.filter((l) => l.patientId !== patientId), link]);
      } catch {
        // The link exists on the server; it will show once the list can be loaded.
      }
    } else fetchLinks(true);
  };

  const acknowledged = (alert: Alert) => {
    setAlerts((now) => (now.state === 'ready' ? { state: 'ready', value: now.value.filter((a) => a.id !== alert.id) } : now));
    setSaid(t('supporting.alerts.acknowledged'));
  };

  let people: ReactNode;
  if (user === null) people = <SignInPrompt link={t('supporting.signIn')} />;
  else if (user !== undefined && user.role !== 'supporter') people = <p>{t('supporting.supportersOnly')}</p>;
  else if (user === undefined || links.state === 'loading') people = <p aria-live="polite">{t('supporting.loading')}</p>;
  else if (links.state === 'error')
    people = <LoadFailed message={t('supporting.loadError')} retryLabel={t('supporting.retry')} onRetry={() => fetchLinks()} />;
  else
    people = (
      <>
        {links.state === 'unavailable' ? <p>{t('supporting.listUnavailable')}</p> : null}
        {shown.length === 0 ? (
          <>
            {links.state === 'ready' ? <p>{t('supporting.none')}</p> : null}
            <AcceptInvite onAccepted={(link) => void accepted(link)} />
          </>
        ) : (
          <>
            <p>{t('supporting.intro')}</p>
            <ul className="supported-list">
              {shown.map((link) => (
                <SupportedPerson
                  key={link.id}
                  link={link}
                  alerts={alerts}
                  onAcknowledged={acknowledged}
                  focusOnMount={link.patientId === justAdded}
                />
              ))}
            </ul>
            <details className="more-people">
              <summary>{t('supporting.addAnother')}</summary>
              <AcceptInvite onAccepted={(link) => void accepted(link)} />
            </details>
          </>
        )}
        <p role="status">{said}</p>
      </>
    );

  return (
    <Screen title={t('supporting.title')}>
      {people}
      <SignsChecklist />
      <SupporterArticles />
    </Screen>
  );
};

export default Supporting;
