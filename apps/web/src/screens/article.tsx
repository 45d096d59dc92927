import { findArticle } from '@stepdown/core';
import { Markdown } from '../components/markdown.js';
import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';
import type { Route } from '../router.js';

const ArticleScreen = ({ route }: { route: Route }) => {
  const { t } = useI18n();
  const article = route.name === 'article' ? findArticle(route.id) : undefined;
  if (!article) {
    return (
      <Screen title={t('learn.title')}>
        <p>{t('learn.notFound')}</p>
        <p>
          <a href="#/learn">{t('learn.back')}</a>
        </p>
      </Screen>
    );
  }
  return (
    <Screen title={article.title}>
      <p className="hint">
        {t('learn.minutes', { minutes: article.readingMinutes })} · {t('learn.reviewed', { date: article.lastReviewed })}
      </p>
      <article lang="en" className="article">
        <Markdown source={article.body} />
      </article>
      <p className="hint">{t('learn.sources', { sources: article.sources.join(', ') })}</p>
      <p>
        <a href="#/learn">{t('learn.back')}</a>
      </p>
    </Screen>
  );
};

export default ArticleScreen;
