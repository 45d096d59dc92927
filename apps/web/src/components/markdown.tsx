import type { ReactNode } from 'react';

/**
 * Renders the small Markdown subset the article library uses (headings,
 * paragraphs, `-` and numbered lists, **bold**, links) as React elements.
 * Text is never parsed as HTML, and links go only to other articles or to
 * http(s) pages, so nothing in an article can run script.
 */
export type Block =
  | { readonly kind: 'heading'; readonly level: 2 | 3 | 4; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly string[] };

/** Article headings start at `#`; the screen's own h1 is the title, so `#` is skipped and `##` becomes h2. */
export const parseBlocks = (markdown: string): Block[] => {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (list) blocks.push({ kind: 'list', ...list });
    paragraph = [];
    list = undefined;
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    const numbered = /^\d+\.\s+(.*)$/.exec(line);
    if (line === '') flush();
    else if (heading) {
      flush();
      const depth = heading[1]?.length ?? 1;
      if (depth > 1) blocks.push({ kind: 'heading', level: Math.min(depth, 4) as 2 | 3 | 4, text: heading[2] ?? '' });
    } else if (bullet || numbered) {
      const ordered = Boolean(numbered);
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)?.[1] ?? '');
    } else if (list && /^\s{2,}/.test(raw)) {
      // A continuation line of the last list item.
      list.items[list.items.length - 1] += ` ${line}`;
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
};

const safeHref = (target: string): string | undefined => {
  const article = /^article:([a-z0-9-]+)$/.exec(target);
  if (article) return `#/learn/${article[1]}`;
  return /^https?:\/\//.test(target) ? target : undefined;
};

/** Inline text: `**bold**` and `[label](target)`; anything else is plain text. */
export const renderInline = (text: string): ReactNode[] => {
  const nodes: ReactNode[] = [];
  const pattern = /\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) nodes.push(text.slice(last, index));
    if (match[1] !== undefined) nodes.push(<strong key={index}>{match[1]}</strong>);
    else {
      const href = safeHref(match[3] ?? '');
      nodes.push(
        href ? (
          <a key={index} href={href} {...(href.startsWith('http') ? { rel: 'noopener noreferrer' } : {})}>
            {match[2]}
          </a>
        ) : (
          match[2]
        ),
      );
    }
    last = index + match[0].length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
};

export const Markdown = ({ source }: { source: string }) => (
  <>
    {parseBlocks(source).map((block, index) => {
      const key = `${block.kind}-${index}`;
      if (block.kind === 'heading') {
        const Tag = `h${block.level}` as const;
        return <Tag key={key}>{renderInline(block.text)}</Tag>;
      }
      if (block.kind === 'list') {
        const items = block.items.map((item, i) => (
          // Article text is static, so an item's position is a stable key (two items may read the same).
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <li key={i}>{renderInline(item)}</li>
        ));
        return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
      }
      return <p key={key}>{renderInline(block.text)}</p>;
    })}
  </>
);
