import { useI18n } from '../i18n/i18n.js';
import type { Loaded } from './use-load.js';

/** "Loading…" or a load error with a retry, for one section; null once the data is there. */
export const SectionState = ({ load, onRetry }: { load: Loaded<unknown>; onRetry: () => void }) => {
  const { t } = useI18n();
  if (load.state === 'loading') return <p aria-live="polite">{t('patient.loading')}</p>;
  if (load.state === 'error')
    return (
      <div role="alert">
        <p>{t('patient.loadError')}</p>
        <button type="button" className="secondary" onClick={onRetry}>
          {t('patient.retry')}
        </button>
      </div>
    );
  return null;
};
