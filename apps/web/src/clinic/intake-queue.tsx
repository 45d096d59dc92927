import { useId } from 'react';
import { type ClinicMember, clinicApi, type IntakeRequest, queueOrder } from '../api/clinic.js';
import { useInlineAction } from '../components/inline-action.js';
import { InlineError } from '../components/inline-error.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { clinicErrorText, dateTimeText } from './format.js';

const CONTACT: Readonly<Record<string, MessageKey>> = {
  phone: 'clinic.intake.contact.phone',
  text: 'clinic.intake.contact.text',
  email: 'clinic.intake.contact.email',
};

const Request = ({
  clinicId,
  request,
  members,
  meId,
  onChanged,
}: {
  clinicId: string;
  request: IntakeRequest;
  members: readonly ClinicMember[];
  meId: string;
  onChanged: (request: IntakeRequest) => void;
}) => {
  const { t, locale } = useI18n();
  const id = useId();
  const action = useInlineAction((failure) => clinicErrorText(t, failure));
  const busy = action.busy;
  const act = (change: 'claim' | 'close') =>
    void action.run(async () => {
      const answer = await (change === 'claim' ? clinicApi.claim : clinicApi.close)(clinicId, request.id);
      onChanged(answer.request);
    });
  const claimer =
    request.claimedBy === meId
      ? t('clinic.intake.claimedByYou')
      : t('clinic.intake.claimedBy', {
          name: members.find((m) => m.userId === request.claimedBy)?.displayName ?? t('clinic.intake.someone'),
        });
  const contactKey = CONTACT[request.contactMethod];
  return (
    <li className={`intake-item card urgency-${request.triageUrgency}`} aria-labelledby={`${id}-who`}>
      <p className="intake-urgency">{t(`clinic.intake.urgency.${request.triageUrgency}`)}</p>
      <h4 id={`${id}-who`}>{request.contactName}</h4>
      <p className="hint">{t('clinic.intake.received', { when: dateTimeText(locale, request.createdAt) })}</p>
      <p>
        {contactKey
          ? t(contactKey, { value: request.contactValue })
          : t('clinic.intake.contact.other', { method: request.contactMethod, value: request.contactValue })}
      </p>
      {request.message ? <blockquote className="intake-message">{request.message}</blockquote> : null}
      <p className="intake-status">
        {request.status === 'new'
          ? t('clinic.intake.status.new')
          : request.status === 'claimed'
            ? claimer
            : t('clinic.intake.status.closed')}
      </p>
      <div className="intake-actions">
        {request.status === 'new' ? (
          <button
            type="button"
            disabled={busy}
            aria-label={t('clinic.intake.claimLabel', { name: request.contactName })}
            onClick={() => act('claim')}
          >
            {t('clinic.intake.claim')}
          </button>
        ) : null}
        {request.status !== 'closed' ? (
          <button
            type="button"
            disabled={busy}
            aria-label={t('clinic.intake.closeLabel', { name: request.contactName })}
            onClick={() => act('close')}
          >
            {t('clinic.intake.close')}
          </button>
        ) : null}
      </div>
      <InlineError message={action.error} />
    </li>
  );
};

/** Requests for help sent to the clinic: emergencies and urgent ones first and marked in words, then newest first. */
export const IntakeQueue = ({
  clinicId,
  requests,
  members,
  meId,
  onChanged,
}: {
  clinicId: string;
  requests: readonly IntakeRequest[];
  members: readonly ClinicMember[];
  meId: string;
  onChanged: (request: IntakeRequest) => void;
}) => {
  const { t } = useI18n();
  const headingId = useId();
  const open = queueOrder(requests.filter((r) => r.status !== 'closed'));
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('clinic.intake.heading')}</h3>
      {open.length === 0 ? (
        <p>{t('clinic.intake.none')}</p>
      ) : (
        <ul className="intake-list">
          {open.map((request) => (
            <Request key={request.id} clinicId={clinicId} request={request} members={members} meId={meId} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
};
