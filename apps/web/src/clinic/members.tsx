import { useId, useRef, useState } from 'react';
import { type ClinicMember, clinicApi } from '../api/clinic.js';
import { useI18n } from '../i18n/i18n.js';
import { clinicErrorText, dateText } from './format.js';

/** The clinic's members; admins may remove anyone after a confirmation, anyone may leave. */
export const Members = ({
  clinicId,
  members,
  meId,
  isAdmin,
  onRemoved,
}: {
  clinicId: string;
  members: readonly ClinicMember[];
  meId: string;
  isAdmin: boolean;
  onRemoved: (userId: string) => void;
}) => {
  const { t, locale } = useI18n();
  const headingId = useId();
  const [confirming, setConfirming] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const remove = async (userId: string) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(undefined);
    try {
      await clinicApi.removeMember(clinicId, userId);
      setConfirming(undefined);
      onRemoved(userId);
    } catch (failure) {
      setError(clinicErrorText(t, failure));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  const actionFor = (member: ClinicMember) => {
    const self = member.userId === meId;
    if (!self && !isAdmin) return null;
    const label = self ? t('clinic.members.leave') : t('clinic.members.remove', { name: member.displayName });
    if (confirming !== member.userId)
      return (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setError(undefined);
            setConfirming(member.userId);
          }}
        >
          {label}
        </button>
      );
    return (
      <span className="confirm-actions">
        <button type="button" className="confirm-button" disabled={busy} onClick={() => void remove(member.userId)}>
          {self ? t('clinic.members.confirmLeave') : t('clinic.members.confirmRemove', { name: member.displayName })}
        </button>
        <button type="button" className="link-button" onClick={() => setConfirming(undefined)}>
          {t('clinic.members.cancel')}
        </button>
      </span>
    );
  };
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('clinic.members.heading')}</h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <section className="table-scroll" aria-label={t('clinic.members.table')} tabIndex={0}>
        <table className="plan-table members-table">
          <caption>{t('clinic.members.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('clinic.members.name')}</th>
              <th scope="col">{t('clinic.members.role')}</th>
              <th scope="col">{t('clinic.members.since')}</th>
              <th scope="col">{t('clinic.members.action')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.userId}>
                <th scope="row">
                  {member.userId === meId ? t('clinic.members.you', { name: member.displayName }) : member.displayName}
                </th>
                <td>{t(`clinic.role.${member.role}`)}</td>
                <td>{dateText(locale, member.memberSince)}</td>
                <td>{actionFor(member)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
};
