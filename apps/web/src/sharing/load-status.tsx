import { useI18n } from '../i18n/i18n.js';

/** "Loading…", or a failed load with a retry, for one Sharing section; nothing once the data is in. */
export const LoadStatus = ({ state, onRetry }: { state: 'loading' | 'error' | 'ready'; onRetry: () => void }) => {
  const { t } = useI18n();
  if (state === 'loading') return <p>{t('sharing.loading')}</p>;
  if (state === 'error')
    return (
      <div role="alert">
        <p>{t('sharing.loadError')}</p>
        <button type="button" onClick={onRetry}>
          {t('sharing.retry')}
        </button>
      </div>
    );
  return null;
};
