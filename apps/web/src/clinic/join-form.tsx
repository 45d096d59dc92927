import { type Clinic, clinicApi } from '../api/clinic.js';
import { CodeEntryForm } from '../components/form-code-entry.js';
import { useI18n } from '../i18n/i18n.js';
import { clinicErrorText } from './format.js';

/** Clinic codes are 43 characters; a shorter one was cut off when copied. */
const SHORTEST_CODE = 10;

/** Join a clinic with the one-time code an admin gave you. */
export const JoinForm = ({ onJoined }: { onJoined: (clinic: Clinic) => void }) => {
  const { t } = useI18n();
  return (
    <CodeEntryForm
      heading={t('clinic.join.heading')}
      label={t('clinic.join.code')}
      hint={t('clinic.join.hint')}
      submitLabel={t('clinic.join.button')}
      validate={(code) => (code.length < SHORTEST_CODE ? t('clinic.join.codeShort') : undefined)}
      submit={async (code) => {
        const clinic = await clinicApi.join(code);
        onJoined(clinic);
        return t('clinic.join.done', { name: clinic.name });
      }}
      describeError={(failure) => clinicErrorText(t, failure)}
    />
  );
};
