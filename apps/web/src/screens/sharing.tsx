import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { whoAmI } from '../api/client.js';
import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';
import type { Route } from '../router.js';
import { useSession } from '../session.js';
import { AuditSection } from '../sharing/audit-section.js';
import { CalendarSection } from '../sharing/calendar-section.js';
import { DeleteSection } from '../sharing/delete-section.js';
import { ExportSection } from '../sharing/export-section.js';
import { InviteSection } from '../sharing/invite-section.js';
import { LinksSection } from '../sharing/links-section.js';
import '../styles/sharing.css';

type Load =
  | { readonly state: 'loading' }
  | { readonly state: 'error' }
  | { readonly state: 'no-record' }
  | { readonly state: 'ready'; readonly patientId: string; readonly userId: string };

/** The patient's sharing and data rights: invitations, who can see, the access log, export, calendar, deletion. */
const Sharing = (_props: { route: Route }) => {
  const { t } = useI18n();
  const { user } = useSession();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  // Bumped after an invitation so the list of links shows the new pending one.
  const [linksVersion, setLinksVersion] = useState(0);
  const fetchMe = useCallback(() => {
    if (user?.role !== 'patient') return undefined;
    let live = true;
    setLoad({ state: 'loading' });
    whoAmI().then(
      (me) =>
        live && setLoad(me.patientId ? { state: 'ready', patientId: me.patientId, userId: me.user.id } : { state: 'no-record' }),
      () => live && setLoad({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [user]);
  useEffect(() => fetchMe(), [fetchMe]);

  let body: ReactNode;
  if (user === null)
    body = (
      <p>
        <a href="#/signin">{t('sharing.signIn')}</a>
      </p>
    );
  else if (user !== undefined && user.role !== 'patient') body = <p>{t('sharing.patientsOnly')}</p>;
  else if (user === undefined || load.state === 'loading') body = <p aria-live="polite">{t('sharing.loading')}</p>;
  else if (load.state === 'error')
    body = (
      <div role="alert">
        <p>{t('sharing.loadError')}</p>
        <button type="button" onClick={() => fetchMe()}>
          {t('sharing.retry')}
        </button>
      </div>
    );
  else if (load.state === 'no-record') body = <p>{t('sharing.noRecord')}</p>;
  else
    body = (
      <>
        <p>{t('sharing.intro')}</p>
        <InviteSection patientId={load.patientId} onInvited={() => setLinksVersion((n) => n + 1)} />
        <LinksSection patientId={load.patientId} version={linksVersion} />
        <AuditSection patientId={load.patientId} myUserId={load.userId} />
        <ExportSection patientId={load.patientId} />
        <CalendarSection patientId={load.patientId} />
        <DeleteSection />
      </>
    );

  return <Screen title={t('sharing.title')}>{body}</Screen>;
};

export default Sharing;
