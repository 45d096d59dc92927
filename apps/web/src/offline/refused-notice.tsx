import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { dismissRefused, type RefusedItem, readRefused } from './outbox.js';

/** What was refused, in words the person recognises: the kind of record, from its path. */
const whatKey = (path: string) =>
  path.endsWith('/dose-logs')
    ? 'outbox.refused.what.dose'
    : path.endsWith('/hold-requests')
      ? 'outbox.refused.what.pause'
      : path.endsWith('/check-ins')
        ? 'outbox.refused.what.checkIn'
        : 'outbox.refused.what.questionnaire';

/**
 * Shown at the top of every screen when something saved on this device while offline was later
 * refused by the server: nothing is dropped silently; the person reads why and dismisses it.
 */
export const RefusedNotice = () => {
  const { t } = useI18n();
  const [items, setItems] = useState<readonly RefusedItem[]>(() => readRefused());
  useEffect(() => {
    const update = () => setItems(readRefused());
    globalThis.addEventListener('stepdown:outbox', update);
    return () => globalThis.removeEventListener('stepdown:outbox', update);
  }, []);
  if (items.length === 0) return null;
  return (
    // Not a heading: it sits above the screen's own h1.
    <section className="refused-notice" role="alert" aria-label={t('outbox.refused.heading')}>
      <p>
        <strong>{t('outbox.refused.heading')}</strong>
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.body.clientId}>
            {t('outbox.refused.item', {
              what: t(whatKey(item.path)),
              when: new Date(item.queuedAt).toLocaleString(),
              reason: item.reason,
            })}
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={dismissRefused}>
        {t('outbox.refused.dismiss')}
      </button>
    </section>
  );
};
