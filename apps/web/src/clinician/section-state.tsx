import { LoadFailed } from '../components/load-failed.js';
import type { Loaded } from '../components/use-load.js';
import { useI18n } from '../i18n/i18n.js';

/** "Loading…" or a load error with a retry, for one section; null once the data is there. */
export const SectionState = ({ load, onRetry }: { load: Loaded<unknown>; onRetry: () => void }) => {
  const { t } = useI18n();
  if (load.state === 'loading') return <p aria-live="polite">{t('patient.loading')}</p>;
  if (load.state === 'error')
    return <LoadFailed message={t('patient.loadError')} retryLabel={t('patient.retry')} onRetry={onRetry} />;
  return null;
};
