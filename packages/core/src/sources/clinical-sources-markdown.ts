import { type ClinicalSource, SOURCES } from './registry.js';

const entry = (id: string, source: ClinicalSource): string =>
  [
    `### \`${id}\``,
    '',
    `**${source.title}**. ${source.authors}, ${source.year}. ${source.citation}.${source.url ? ` <${source.url}>` : ''}`,
    '',
    `- Confidence: ${source.confidence}${source.note ? ` — ${source.note}` : ''}`,
    ...source.supports.map((claim) => `- Supports: ${claim}`),
    '',
  ].join('\n');

/**
 * Renders docs/clinical-sources.md from the registry, so the document cannot
 * drift from what the code cites (a test compares the two).
 */
export const clinicalSourcesMarkdown = (): string =>
  [
    '# Clinical sources',
    '',
    'Every clinical number in Stepdown (dose limit, strength, equivalence, half-life, cut-off) cites one of these ids.',
    'This file is generated from `packages/core/src/sources/registry.ts` by `npm run docs:sources`; a test fails if it is out of date.',
    '',
    'Confidence: **high** — read in the label, guideline or abstract; **medium** — reputable secondary source or paraphrase;',
    '**low** — unconfirmed or derived. Values resting on a low-confidence source are marked as such wherever Stepdown shows them.',
    '',
    ...Object.entries(SOURCES).map(([id, source]) => entry(id, source)),
  ].join('\n');
