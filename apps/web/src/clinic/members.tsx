import { useId } from 'react';
import { type ClinicMember, clinicApi } from '../api/clinic.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { useInlineAction } from '../components/inline-action.js';
import { InlineError } from '../components/inline-error.js';
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
  const action = useInlineAction((failure) => clinicErrorText(t, failure));
  const remove = (userId: string) =>
    void action.run(async () => {
      await clinicApi.removeMember(clinicId, userId);
      onRemoved(userId);
    });
  const actionFor = (member: ClinicMember) => {
    const self = member.userId === meId;
    if (!self && !isAdmin) return null;
    return (
      <ConfirmButton
        label={self ? t('clinic.members.leave') : t('clinic.members.remove', { name: member.displayName })}
        yes={self ? t('clinic.members.confirmLeave') : t('clinic.members.confirmRemove', { name: member.displayName })}
        no={t('clinic.members.cancel')}
        busy={action.busy}
        onConfirm={() => remove(member.userId)}
        // A new choice starts clean: the last failure was about another member.
        onOpenChange={() => action.setError(undefined)}
      />
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
      <InlineError message={action.error} />
    </section>
  );
};
