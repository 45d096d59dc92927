import { ARTICLES } from '@stepdown/core';
import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';

const Learn = () => {
  const { t, locale } = useI18n();
  return (
    <Screen title={t('learn.title')}>
      <p>{t('learn.intro')}</p>
      {locale === 'en' ? null : <p className="hint">{t('learn.languageNote')}</p>}
      <ul className="article-list">
        {ARTICLES.map((article) => (
          <li key={article.id}>
            <a href={`#/learn/${article.id}`} lang="en">
              {article.title}
            </a>{' '}
            <span className="hint">{t('learn.minutes', { minutes: article.readingMinutes })}</span>
          </li>
        ))}
      </ul>
    </Screen>
  );
};

export default Learn;
