import { LoadFailed } from '../components/load-failed.js';
import { useI18n } from '../i18n/i18n.js';

/** "Loading…", or a failed load with a retry, for one Sharing section; nothing once the data is in. */
export const LoadStatus = ({ state, onRetry }: { state: 'loading' | 'error' | 'ready'; onRetry: () => void }) => {
  const { t } = useI18n();
  if (state === 'loading') return <p>{t('sharing.loading')}</p>;
  if (state === 'error') return <LoadFailed message={t('sharing.loadError')} retryLabel={t('sharing.retry')} onRetry={onRetry} />;
  return null;
};
