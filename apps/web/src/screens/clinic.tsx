import { type ReactNode, useCallback, useEffect, useId, useState } from 'react';
import { type Clinic, type ClinicMember, clinicApi, type IntakeRequest } from '../api/clinic.js';
import { clinicErrorText, dateText } from '../clinic/format.js';
import { IntakeQueue } from '../clinic/intake-queue.js';
import { InviteForm } from '../clinic/invite-form.js';
import { JoinForm } from '../clinic/join-form.js';
import { Members } from '../clinic/members.js';
import { LoadFailed } from '../components/load-failed.js';
import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';
import type { Route } from '../router.js';
import { useSession } from '../session.js';
import '../styles/clinic.css';

type ClinicLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'ready'; readonly members: ClinicMember[]; readonly requests: IntakeRequest[] };

/** One clinic: its requests for help, its members, and (for admins) invitations. */
const ClinicCard = ({ clinic, meId, onLeft }: { clinic: Clinic; meId: string; onLeft: () => void }) => {
  const { t, locale } = useI18n();
  const headingId = useId();
  const [load, setLoad] = useState<ClinicLoad>({ state: 'loading' });
  const fetchClinic = useCallback(() => {
    let live = true;
    setLoad({ state: 'loading' });
    Promise.all([clinicApi.members(clinic.id), clinicApi.intake(clinic.id)]).then(
      ([members, requests]) => live && setLoad({ state: 'ready', members, requests }),
      (error: unknown) => live && setLoad({ state: 'error', message: clinicErrorText(t, error) }),
    );
    return () => {
      live = false;
    };
  }, [clinic.id, t]);
  useEffect(() => fetchClinic(), [fetchClinic]);
  const isAdmin = clinic.role === 'clinic-admin';

  let body: ReactNode;
  if (load.state === 'loading') body = <p aria-live="polite">{t('clinic.loadingOne')}</p>;
  else if (load.state === 'error')
    body = <LoadFailed message={load.message} retryLabel={t('clinic.retry')} onRetry={() => fetchClinic()} />;
  else
    body = (
      <>
        <IntakeQueue
          clinicId={clinic.id}
          requests={load.requests}
          members={load.members}
          meId={meId}
          onChanged={(changed) =>
            setLoad((current) =>
              current.state === 'ready'
                ? { ...current, requests: current.requests.map((r) => (r.id === changed.id ? changed : r)) }
                : current,
            )
          }
        />
        <Members
          clinicId={clinic.id}
          members={load.members}
          meId={meId}
          isAdmin={isAdmin}
          onRemoved={(userId) => {
            if (userId === meId) onLeft();
            else
              setLoad((current) =>
                current.state === 'ready' ? { ...current, members: current.members.filter((m) => m.userId !== userId) } : current,
              );
          }}
        />
        {isAdmin ? <InviteForm clinicId={clinic.id} /> : null}
      </>
    );

  return (
    <section className="clinic-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{clinic.name}</h2>
      <p className="hint">
        {t('clinic.yourRole', { role: t(`clinic.role.${clinic.role}`), since: dateText(locale, clinic.memberSince) })}
      </p>
      {body}
    </section>
  );
};

type Load =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'ready'; readonly clinics: Clinic[] };

/** The clinician's clinic workspace: requests for help, members, invitations, and joining with a code. */
const ClinicScreen = (_props: { route: Route }) => {
  const { t } = useI18n();
  const { user } = useSession();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [left, setLeft] = useState<string>();
  const fetchClinics = useCallback(() => {
    if (user?.role !== 'clinician') return undefined;
    let live = true;
    clinicApi.list().then(
      (clinics) => live && setLoad({ state: 'ready', clinics }),
      (error: unknown) => live && setLoad({ state: 'error', message: clinicErrorText(t, error) }),
    );
    return () => {
      live = false;
    };
  }, [user, t]);
  useEffect(() => fetchClinics(), [fetchClinics]);

  let body: ReactNode;
  if (user?.role !== 'clinician') body = <p>{t('clinic.cliniciansOnly')}</p>;
  else if (load.state === 'loading') body = <p aria-live="polite">{t('clinic.loading')}</p>;
  else if (load.state === 'error')
    body = <LoadFailed message={load.message} retryLabel={t('clinic.retry')} onRetry={() => fetchClinics()} />;
  else
    body = (
      <>
        {load.clinics.length === 0 ? (
          <section className="card" aria-labelledby="no-clinic">
            <h2 id="no-clinic">{t('clinic.none.heading')}</h2>
            <p>{t('clinic.none.body')}</p>
          </section>
        ) : (
          load.clinics.map((clinic) => (
            <ClinicCard
              key={clinic.id}
              clinic={clinic}
              meId={user.id}
              onLeft={() => {
                setLeft(t('clinic.left', { name: clinic.name }));
                setLoad({ state: 'ready', clinics: load.clinics.filter((c) => c.id !== clinic.id) });
              }}
            />
          ))
        )}
        <JoinForm
          onJoined={(clinic) => {
            setLeft(undefined);
            setLoad((current) =>
              current.state === 'ready' && !current.clinics.some((c) => c.id === clinic.id)
                ? { state: 'ready', clinics: [...current.clinics, clinic] }
                : current,
            );
          }}
        />
      </>
    );

  return (
    <Screen title={t('clinic.title')}>
      <p role="status">{left ?? ''}</p>
      {body}
    </Screen>
  );
};

export default ClinicScreen;
