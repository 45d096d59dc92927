import { ApiError, NETWORK_ERROR } from '../api/client.js';
import { sharing } from '../api/sharing.js';
import type { MessageKey } from '../i18n/en.js';
import { type I18n, isMessageKey, useI18n } from '../i18n/i18n.js';
import { CodeEntryForm } from './form-code-entry.js';

const acceptErrorText = (t: I18n['t'], error: unknown): string => {
  if (!(error instanceof ApiError)) return t('sharing.error.network');
  if (error.code === NETWORK_ERROR) return t('sharing.error.network');
  const key = `sharing.accept.error.${error.code}`;
  if (isMessageKey(key)) return t(key as MessageKey);
  return t('sharing.error.other', { detail: error.message });
};

/**
 * "Add a person with their code": a supporter or a clinician enters the one-time
 * code a patient made, and the care link becomes active (POST /api/invites/accept).
 * Used by the supporter's screen (the default words) and the clinician roster, which
 * passes its own heading and hint ("Add a patient with their code").
 */
export const AcceptInvite = ({
  onAccepted,
  heading,
  hint,
}: {
  onAccepted: (link: { patientId: string }) => void;
  heading?: string | undefined;
  hint?: string | undefined;
}) => {
  const { t } = useI18n();
  return (
    <CodeEntryForm
      className="accept-invite"
      heading={heading ?? t('sharing.accept.heading')}
      label={t('sharing.accept.code')}
      hint={hint ?? t('sharing.accept.hint')}
      submitLabel={t('sharing.accept.submit')}
      busyText={t('sharing.accept.busy')}
      validate={(code) => (code ? undefined : t('sharing.accept.empty'))}
      submit={async (code) => {
        const link = await sharing.accept(code);
        onAccepted({ patientId: link.patientId });
        return t('sharing.accept.done');
      }}
      describeError={(failure) => acceptErrorText(t, failure)}
    />
  );
};
