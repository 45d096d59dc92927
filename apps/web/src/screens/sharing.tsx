import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { OwnRecordScreen } from '../patient/own-record-screen.js';
import type { Route } from '../router.js';
import { AuditSection } from '../sharing/audit-section.js';
import { CalendarSection } from '../sharing/calendar-section.js';
import { DeleteSection } from '../sharing/delete-section.js';
import { ExportSection } from '../sharing/export-section.js';
import { InviteSection } from '../sharing/invite-section.js';
import { LinksSection } from '../sharing/links-section.js';
import '../styles/sharing.css';

/** The patient's sharing and data rights: invitations, who can see, the access log, export, calendar, deletion. */
const Sharing = (_props: { route: Route }) => {
  const { t } = useI18n();
  // Bumped after an invitation so the list of links shows the new pending one.
  const [linksVersion, setLinksVersion] = useState(0);
  const messages = {
    loading: t('sharing.loading'),
    loadError: t('sharing.loadError'),
    retry: t('sharing.retry'),
    signIn: t('sharing.signIn'),
    notPatient: t('sharing.patientsOnly'),
  };
  return (
    <OwnRecordScreen title={t('sharing.title')} messages={messages} noRecord={<p>{t('sharing.noRecord')}</p>}>
      {({ patientId, userId }) => (
        <>
          <p>{t('sharing.intro')}</p>
          <InviteSection patientId={patientId} onInvited={() => setLinksVersion((n) => n + 1)} />
          <LinksSection patientId={patientId} version={linksVersion} />
          <AuditSection patientId={patientId} myUserId={userId} />
          <ExportSection patientId={patientId} />
          <CalendarSection patientId={patientId} />
          <section aria-labelledby="my-record-heading">
            <h2 id="my-record-heading">{t('sharing.record.heading')}</h2>
            <p>{t('sharing.record.body')}</p>
            <p>
              <a href="#/onboarding">{t('sharing.record.link')}</a>
            </p>
          </section>
          <DeleteSection />
        </>
      )}
    </OwnRecordScreen>
  );
};

export default Sharing;
