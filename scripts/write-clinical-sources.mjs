// Regenerates docs/clinical-sources.md from the sources registry in core.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clinicalSourcesMarkdown } from '@stepdown/core';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'clinical-sources.md');
writeFileSync(target, clinicalSourcesMarkdown());
console.log(`wrote ${target}`);
