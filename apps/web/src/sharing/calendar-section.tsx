import { useCallback, useEffect, useState } from 'react';
import { type CalendarFeed, sharing } from '../api/sharing.js';
import { useInlineAction } from '../components/inline-action.js';
import { InlineError } from '../components/inline-error.js';
import { useI18n } from '../i18n/i18n.js';
import { CopyButton } from './copy-button.js';
import { errorText, formatDay } from './format.js';
import { LoadStatus } from './load-status.js';

/** The server answers a path (`/api/calendar/<token>.ics`); calendar apps need the whole address. */
export const feedAddress = (path: string, origin: string = globalThis.location.origin): string => new URL(path, origin).href;

/** `webcal://` asks the device to open its calendar app with a subscription. */
export const webcalAddress = (address: string): string => address.replace(/^https?:/, 'webcal:');

type Load =
  | { readonly state: 'loading' }
  | { readonly state: 'error' }
  | { readonly state: 'ready'; readonly feeds: readonly CalendarFeed[] };

/** A private calendar subscription of the doses: create (the URL is shown once), list, turn off. */
export const CalendarSection = ({ patientId }: { patientId: string }) => {
  const { t, locale } = useI18n();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [address, setAddress] = useState<string>();
  const action = useInlineAction((problem) => errorText(t, problem));
  const [said, setSaid] = useState('');
  const fetchFeeds = useCallback(() => {
    let live = true;
    sharing.feeds(patientId).then(
      (feeds) => live && setLoad({ state: 'ready', feeds }),
      () => live && setLoad({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [patientId]);
  useEffect(() => fetchFeeds(), [fetchFeeds]);

  const create = () => {
    setSaid('');
    void action.run(async () => {
      const made = await sharing.createFeed(patientId);
      setAddress(feedAddress(made.url));
      setLoad((now) => (now.state === 'ready' ? { state: 'ready', feeds: [...now.feeds, made.feed] } : now));
    });
  };

  const revoke = (feed: CalendarFeed) =>
    void action.run(async () => {
      await sharing.revokeFeed(patientId, feed.id);
      setLoad((now) => (now.state === 'ready' ? { state: 'ready', feeds: now.feeds.filter((f) => f.id !== feed.id) } : now));
      setSaid(t('sharing.calendar.revoked'));
    });

  const active = load.state === 'ready' ? load.feeds.filter((f) => f.revokedAt === null) : [];
  return (
    <section className="card" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('sharing.calendar.heading')}</h2>
      <p>{t('sharing.calendar.intro')}</p>
      <button type="button" className="primary" disabled={action.busy} onClick={create}>
        {t('sharing.calendar.create')}
      </button>
      {address ? (
        <div className="feed-result" aria-live="polite">
          <p className="hint">{t('sharing.calendar.linkLabel')}</p>
          <p className="feed-url" data-testid="calendar-url">
            {address}
          </p>
          <CopyButton text={address} label={t('sharing.calendar.copyLink')} />
          <p>{t('sharing.calendar.howTo')}</p>
          <p>
            <a href={webcalAddress(address)}>{t('sharing.calendar.webcal')}</a>
          </p>
        </div>
      ) : null}
      <InlineError message={action.error} />
      <h3>{t('sharing.calendar.list')}</h3>
      <LoadStatus state={load.state} onRetry={() => fetchFeeds()} />
      {load.state === 'ready' && active.length === 0 ? <p>{t('sharing.calendar.none')}</p> : null}
      {active.length > 0 ? (
        <ul className="feed-list">
          {active.map((feed) => {
            const date = formatDay(locale, feed.createdAt);
            return (
              <li key={feed.id}>
                {t('sharing.calendar.item', { date })}{' '}
                <button
                  type="button"
                  disabled={action.busy}
                  aria-label={t('sharing.calendar.revokeLabel', { date })}
                  onClick={() => revoke(feed)}
                >
                  {t('sharing.calendar.revoke')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p role="status">{said}</p>
    </section>
  );
};
