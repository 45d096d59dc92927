import { LoadFailed } from '../components/load-failed.js';
import '../styles/clinician.css';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { clinician, ROSTER_FLAGS, type Roster, type RosterFlag, type RosterPatient, type RosterSort } from '../api/clinician.js';
import { FlagBadge } from '../clinician/flag-badge.js';
import { formatDate, formatMg } from '../clinician/format.js';
import { AcceptInvite } from '../components/accept-invite.js';
import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';
import { href, navigate, type Route } from '../router.js';
import { useSession } from '../session.js';

const SORTS: readonly RosterSort[] = ['name', 'status', 'lastCheckIn'];

const PatientCard = ({ patient }: { patient: RosterPatient }) => {
  const { t, locale } = useI18n();
  const [first, ...others] = patient.flags;
  const alerts = patient.openAlerts;
  const openAlerts = alerts.emergency + alerts.urgent + alerts.routine;
  return (
    <li className={`card roster-card${patient.flags.includes('red-flag') ? ' roster-card-danger' : ''}`}>
      <h3>
        <a className="roster-link" href={href({ name: 'patient', id: patient.patientId })}>
          {patient.displayName}
        </a>
      </h3>
      <p className="roster-status">
        {t('roster.status')} <FlagBadge flag={first ?? patient.status} />
      </p>
      {others.length > 0 ? (
        <p className="roster-also">
          {t('roster.alsoFlags')}{' '}
          {others.map((flag) => (
            <FlagBadge key={flag} flag={flag} />
          ))}
        </p>
      ) : null}
      <ul className="roster-facts">
        <li>
          {patient.currentDailyDose && patient.currentDailyDose.length > 0
            ? t('roster.dose', {
                doses: patient.currentDailyDose
                  .map((d) => t('roster.dose.item', { amount: formatMg(locale, d.amountMg), drug: d.drug }))
                  .join(', '),
              })
            : t('roster.noDose')}
        </li>
        <li>
          {patient.lastCheckInDate
            ? t('roster.lastCheckIn', { date: formatDate(locale, patient.lastCheckInDate) })
            : t('roster.neverCheckedIn')}
        </li>
        {patient.missedDosesLast7Days > 0 ? <li>{t('roster.missed', { count: patient.missedDosesLast7Days })}</li> : null}
        {openAlerts > 0 ? <li>{t('roster.alerts', alerts)}</li> : null}
        {patient.reviewDueSince ? <li>{t('roster.reviewDue', { date: formatDate(locale, patient.reviewDueSince) })}</li> : null}
      </ul>
    </li>
  );
};

type Load = { readonly state: 'loading' } | { readonly state: 'error' } | { readonly state: 'ready'; readonly roster: Roster };

/** The clinician's linked patients at a glance, with filters by flag and a sort. */
const RosterScreen = (_props: { route: Route }) => {
  const { t } = useI18n();
  const { user } = useSession();
  const [status, setStatus] = useState<RosterFlag | undefined>(undefined);
  const [sort, setSort] = useState<RosterSort>('name');
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  // The counts are over the whole roster, so the filter buttons keep theirs while a filter is on.
  const [counts, setCounts] = useState<Roster['counts']>({});
  const [total, setTotal] = useState(0);
  const isClinician = user?.role === 'clinician';

  const fetchRoster = useCallback(() => {
    if (!isClinician) return undefined;
    let live = true;
    setLoad((previous) => (previous.state === 'ready' ? previous : { state: 'loading' }));
    clinician.roster({ status, sort }).then(
      (roster) => {
        if (!live) return;
        setLoad({ state: 'ready', roster });
        setCounts(roster.counts);
        if (status === undefined) setTotal(roster.patients.length);
      },
      () => live && setLoad({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [isClinician, status, sort]);
  useEffect(() => fetchRoster(), [fetchRoster]);

  if (user === undefined)
    return (
      <Screen title={t('roster.title')}>
        <p aria-live="polite">{t('roster.loading')}</p>
      </Screen>
    );
  if (!isClinician)
    return (
      <Screen title={t('roster.title')}>
        <p>{t('roster.notClinician')}</p>
        {user === null ? (
          <p>
            <a href="#/signin">{t('roster.signIn')}</a>
          </p>
        ) : null}
      </Screen>
    );

  let list: ReactNode;
  if (load.state === 'loading') list = <p aria-live="polite">{t('roster.loading')}</p>;
  else if (load.state === 'error')
    list = <LoadFailed message={t('roster.loadError')} retryLabel={t('roster.retry')} onRetry={() => fetchRoster()} />;
  else if (load.roster.patients.length === 0) list = <p>{status ? t('roster.emptyFilter') : t('roster.empty')}</p>;
  else
    list = (
      <ul className="roster-list">
        {load.roster.patients.map((patient) => (
          <PatientCard key={patient.patientId} patient={patient} />
        ))}
      </ul>
    );

  return (
    <Screen title={t('roster.title')}>
      <section aria-labelledby="roster-list">
        <h2 id="roster-list">{t('roster.list.heading')}</h2>
        <div className="roster-controls">
          <fieldset className="roster-filters">
            <legend>{t('roster.filter.label')}</legend>
            <button type="button" aria-pressed={status === undefined} onClick={() => setStatus(undefined)}>
              {t('roster.filter.all', { count: total })}
            </button>
            {ROSTER_FLAGS.map((flag) => (
              <button key={flag} type="button" aria-pressed={status === flag} onClick={() => setStatus(flag)}>
                {t('roster.filter.count', { label: t(`roster.flag.${flag}`), count: counts[flag] ?? 0 })}
              </button>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="roster-sort">{t('roster.sort.label')}</label>
            <select id="roster-sort" value={sort} onChange={(event) => setSort(event.target.value as RosterSort)}>
              {SORTS.map((value) => (
                <option key={value} value={value}>
                  {t(`roster.sort.${value}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="hint" role="status">
          {load.state === 'ready' ? t('roster.shown', { count: load.roster.patients.length, total }) : ''}
        </p>
        {list}
      </section>
      {/* Its own card and heading; after a code is accepted, the new patient's record opens. */}
      <AcceptInvite
        heading={t('roster.accept.heading')}
        hint={t('roster.accept.hint')}
        onAccepted={(link) => navigate({ name: 'patient', id: link.patientId })}
      />
    </Screen>
  );
};

export default RosterScreen;
