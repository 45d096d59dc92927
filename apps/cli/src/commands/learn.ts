import { ARTICLES, findArticle } from '@stepdown/core';
import { parseCommandArgs } from '../args.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { printJson } from '../json.js';
import { renderTable } from '../table.js';
import { UsageError } from '../usage-error.js';

export const LEARN_HELP = `Usage: stepdown learn [article] [--json]

Plain-language articles, with their sources. Without a name, lists them.

Example:
  stepdown learn why-taper-slowly
`;

/** Markdown for a terminal: headings underlined, article links turned into commands. */
const toTerminal = (markdown: string): string =>
  markdown
    .replace(/\[([^\]]+)\]\(article:([a-z0-9-]+)\)/g, '$1 (stepdown learn $2)')
    .replace(/^#{1,6}\s+(.*)$/gm, (_m, title: string) => `${title.toUpperCase()}`)
    .replace(/\*\*([^*]+)\*\*/g, '$1');

export const learnCommand = (args: readonly string[], io: Io): ExitCode => {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    'learn',
  );
  if (values.help) {
    io.stdout(LEARN_HELP);
    return EXIT.ok;
  }
  const id = positionals[0];
  if (!id) {
    if (values.json) io.stdout(printJson(ARTICLES.map(({ body: _body, ...meta }) => meta)));
    else
      io.stdout(
        renderTable(
          ['ARTICLE', 'MIN', 'FOR', 'TITLE'],
          ARTICLES.map((a) => [a.id, String(a.readingMinutes), a.audience.join(', '), a.title]),
        ),
      );
    return EXIT.ok;
  }
  const article = findArticle(id);
  if (!article)
    throw new UsageError('ARTICLE_UNKNOWN', `"${id}" is not an article.`, 'article', ARTICLES.map((a) => a.id).join(', '));
  if (values.json) {
    io.stdout(printJson(article));
    return EXIT.ok;
  }
  io.stdout(`${toTerminal(article.body)}\n\nSources: ${article.sources.join(', ')} · Last reviewed ${article.lastReviewed}\n`);
  return EXIT.ok;
};
