import { type Article, parseArticle } from './article.js';
import { ARTICLE_FILES } from './articles.generated.js';

/** The plain-language library, parsed from packages/core/articles/*.md (bundled at build time). */
export const ARTICLES: readonly Article[] = Object.entries(ARTICLE_FILES)
  .map(([file, text]) => {
    const parsed = parseArticle(text);
    // The articles ship with the code and are checked by tests: a broken one is a bug.
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
    return parsed.value;
  })
  .sort((a, b) => a.id.localeCompare(b.id));

export const findArticle = (id: string): Article | undefined => ARTICLES.find((article) => article.id === id);
