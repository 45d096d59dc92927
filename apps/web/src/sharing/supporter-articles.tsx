import { ARTICLES } from '@stepdown/core';
import { useI18n } from '../i18n/i18n.js';

/**
 * Nearly every article lists supporters in its audience, so the "how to help" list is
 * chosen: the ones core's supporter advice points to first, then safety and the taper.
 */
const CHOSEN = [
  'helping-someone-you-care-about',
  'tolerance-dependence-addiction',
  'getting-help-now',
  'withdrawal',
  'why-taper-slowly',
  'mixing-with-alcohol-or-opioids',
];

export const supporterArticles = () =>
  CHOSEN.flatMap((id) => ARTICLES.filter((a) => a.id === id && a.audience.includes('supporter')));

export const SupporterArticles = () => {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="help-articles-heading">
      <h2 id="help-articles-heading">{t('supporting.learn.heading')}</h2>
      <p>{t('supporting.learn.intro')}</p>
      <ul className="article-list">
        {supporterArticles().map((article) => (
          <li key={article.id}>
            <a href={`#/learn/${article.id}`} lang="en">
              {article.title}
            </a>{' '}
            <span className="hint">{t('supporting.learn.minutes', { minutes: article.readingMinutes })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
};
