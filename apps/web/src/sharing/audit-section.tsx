import { useCallback, useEffect, useState } from 'react';
import { type AuditEntry, sharing } from '../api/sharing.js';
import type { MessageKey } from '../i18n/en.js';
import { type I18n, isMessageKey, useI18n } from '../i18n/i18n.js';
import { formatMoment } from './format.js';
import { LoadStatus } from './load-status.js';

type T = I18n['t'];

const PAGE = 20;

const detailOf = (entry: AuditEntry): Record<string, unknown> =>
  typeof entry.detail === 'object' && entry.detail !== null ? (entry.detail as Record<string, unknown>) : {};

/**
 * Who, in the patient's words: the viewer's relation to the record at that moment (the server
 * records it), with their name when the server sends it, "Your supporter (Robin)".
 */
export const whoDid = (t: T, entry: AuditEntry, myUserId: string): string => {
  const detail = detailOf(entry);
  if (entry.actorUserId === myUserId || detail.relation === 'own') return t('sharing.audit.who.you');
  if (entry.actorUserId === null && detail.via === 'calendar feed') return t('sharing.audit.who.calendar');
  const relation = typeof detail.relation === 'string' ? detail.relation : '';
  const key = `sharing.audit.who.${relation}`;
  const who = relation && isMessageKey(key) ? t(key as MessageKey) : undefined;
  const base =
    who ??
    (entry.action === 'read:roster'
      ? t('sharing.audit.who.aClinician')
      : entry.action === 'read:care-links'
        ? t('sharing.audit.who.linked')
        : t('sharing.audit.who.unknown'));
  return entry.actorName ? t('sharing.audit.who.named', { who: base, name: entry.actorName }) : base;
};

/** What was done: `read:plan` → "Viewed your plan"; unknown actions are shown by their code rather than hidden. */
export const whatDone = (t: T, entry: AuditEntry): string => {
  const [verb = '', area = ''] = entry.action.split(':');
  const areaKey = `sharing.audit.area.${area}`;
  if ((verb === 'read' || verb === 'write') && isMessageKey(areaKey)) {
    if (verb === 'write' && area === 'sharing' && entry.targetType === 'care_link') return t('sharing.audit.accepted');
    return t(verb === 'read' ? 'sharing.audit.read' : 'sharing.audit.write', { area: t(areaKey as MessageKey) });
  }
  if (entry.action === 'export:record') {
    const format = detailOf(entry).format;
    return t('sharing.audit.export', { format: typeof format === 'string' ? format.toUpperCase() : 'JSON' });
  }
  if (entry.action === 'read:roster') return t('sharing.audit.roster');
  if (entry.action === 'read:care-links') return t('sharing.audit.careLinks');
  if (entry.action === 'delete:account') return t('sharing.audit.deleteAccount');
  return t('sharing.audit.other', { action: entry.action });
};

type Load =
  | { readonly state: 'loading' }
  | { readonly state: 'error' }
  | { readonly state: 'ready'; readonly entries: readonly AuditEntry[] };

/** The access log as a table: when, who, what, allowed or refused (in words, not only colour). */
export const AuditSection = ({ patientId, myUserId }: { patientId: string; myUserId: string }) => {
  const { t, locale } = useI18n();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [shown, setShown] = useState(PAGE);
  const fetchAudit = useCallback(() => {
    let live = true;
    setLoad({ state: 'loading' });
    sharing.audit(patientId).then(
      (entries) => live && setLoad({ state: 'ready', entries }),
      () => live && setLoad({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [patientId]);
  useEffect(() => fetchAudit(), [fetchAudit]);

  return (
    <section className="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('sharing.audit.heading')}</h2>
      <p>{t('sharing.audit.intro')}</p>
      <LoadStatus state={load.state} onRetry={() => fetchAudit()} />
      {load.state === 'ready' && load.entries.length === 0 ? <p>{t('sharing.audit.none')}</p> : null}
      {load.state === 'ready' && load.entries.length > 0 ? (
        <>
          {/* Focusable so keyboard users can scroll it sideways on a phone (axe scrollable-region-focusable). */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above. */}
          <section className="table-scroll" aria-labelledby="audit-caption" tabIndex={0}>
            <table className="audit-table">
              <caption id="audit-caption">{t('sharing.audit.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sharing.audit.when')}</th>
                  <th scope="col">{t('sharing.audit.who')}</th>
                  <th scope="col">{t('sharing.audit.what')}</th>
                  <th scope="col">{t('sharing.audit.result')}</th>
                </tr>
              </thead>
              <tbody>
                {load.entries.slice(0, shown).map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatMoment(locale, entry.at)}</td>
                    <td>{whoDid(t, entry, myUserId)}</td>
                    <td>{whatDone(t, entry)}</td>
                    <td className={entry.outcome === 'denied' ? 'outcome-denied' : undefined}>
                      {t(entry.outcome === 'denied' ? 'sharing.audit.denied' : 'sharing.audit.allowed')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {load.entries.length > shown ? (
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              {t('sharing.audit.showMore')}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
};
