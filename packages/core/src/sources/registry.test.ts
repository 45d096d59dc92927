import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARE_HISTORY, HIGH_DOSE_FOR_INPATIENT, levelOfCare, PROGRAMME_HOURS } from '../care/level-of-care.js';
import { checkDose, OLDER_ADULT } from '../dose-check/check-dose.js';
import { DEPENDENCE_RISK_THRESHOLDS } from '../dose-check/dependence-risk.js';
import { DRUGS } from '../drugs/catalogue.js';
import { HALF_LIFE_CLASS_BOUNDS } from '../drugs/half-life-class.js';
import { convertDose } from '../equivalence/convert.js';
import { DOSE_BAND_LIMITS } from '../equivalence/dose-band.js';
import { EQUIVALENCE_TABLES } from '../equivalence/tables.js';
import { ARTICLES } from '../library/library.js';
import { INSTRUMENTS } from '../questionnaires/catalogue.js';
import { CHECK_IN_REVIEW } from '../questionnaires/instruments/daily-check-in.js';
import { USE_DISORDER_BANDS } from '../questionnaires/instruments/dsm5-checklist.js';
import { SDS_CUT_OFFS } from '../questionnaires/instruments/sds.js';
import { SIGNS } from '../self-check/supporter-signs.js';
import { CROSSOVER } from '../taper/crossover.js';
import { FINAL_STOP } from '../taper/plan-taper.js';
import { ASHTON_DIRECT } from '../taper/strategies/ashton-direct.js';
import { LABEL_TAPER, NARDI_TAPER } from '../taper/strategies/fixed-amount.js';
import { HYPERBOLIC } from '../taper/strategies/hyperbolic.js';
import { JOINT_2025 } from '../taper/strategies/joint-2025.js';
import { HELP_REGIONS } from '../triage/resources.js';
import { RED_FLAGS } from '../triage/symptoms.js';
import { micrograms } from '../units/units.js';
import { citedSources } from './cited-sources.js';
import { clinicalSourcesMarkdown } from './clinical-sources-markdown.js';
import { isSourceId, SOURCES } from './registry.js';

/** Clinical thresholds kept outside the catalogue: each is one object with its source. */
const CLINICAL_CONSTANTS = {
  DOSE_BAND_LIMITS,
  DEPENDENCE_RISK_THRESHOLDS,
  OLDER_ADULT,
  HALF_LIFE_CLASS_BOUNDS,
  JOINT_2025,
  ASHTON_DIRECT,
  LABEL_TAPER,
  NARDI_TAPER,
  HYPERBOLIC,
  CROSSOVER,
  FINAL_STOP,
  HIGH_DOSE_FOR_INPATIENT,
  PROGRAMME_HOURS,
  SDS_CUT_OFFS,
  USE_DISORDER_BANDS,
  CHECK_IN_REVIEW,
};

/** Everything else that cites sources: instruments, help resources, red flags, signs, a full care suggestion. */
const allCareCriteria = levelOfCare({
  history: CARE_HISTORY,
  useDisorder: 'severe',
  supportAtHome: false,
  diazepamEquivalentUg: micrograms(60_000),
});
const CITING_DATA = [INSTRUMENTS, HELP_REGIONS, RED_FLAGS, SIGNS, allCareCriteria];

/** Paths of numbers inside a value that no enclosing object (below the root) gives a source for. */
const unsourcedNumbers = (root: unknown): string[] => {
  const missing: string[] = [];
  const visit = (node: unknown, path: string, sourced: boolean): void => {
    if (typeof node === 'number' && !sourced) missing.push(path);
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) visit(child, `${path}[${i}]`, sourced);
    } else if (node !== null && typeof node === 'object') {
      const here = sourced || typeof (node as { source?: unknown }).source === 'string';
      for (const [key, child] of Object.entries(node)) visit(child, `${path}.${key}`, here);
    }
  };
  if (root !== null && typeof root === 'object') {
    // The root itself may not blanket-cite: each fact group must carry its own source.
    for (const [key, child] of Object.entries(root)) visit(child, key, false);
  }
  return missing;
};

describe('clinical sources', () => {
  it('every number in the drug catalogue sits inside a fact group that cites a source', () => {
    for (const drug of DRUGS) {
      expect(drug).not.toHaveProperty('source');
      expect(unsourcedNumbers(drug), drug.id).toEqual([]);
    }
    for (const table of EQUIVALENCE_TABLES) expect(unsourcedNumbers(table.per10MgDiazepam), table.id).toEqual([]);
    for (const instrument of INSTRUMENTS) expect(unsourcedNumbers({ bands: instrument.bands }), instrument.id).toEqual([]);
    for (const [name, constants] of Object.entries(CLINICAL_CONSTANTS)) {
      expect(typeof (constants as { source?: unknown }).source, name).toBe('string');
      expect(unsourcedNumbers({ constants }), name).toEqual([]);
    }
  });

  it('every cited id resolves in the registry, including those in results', () => {
    const check = checkDose({
      drug: 'clonazepam',
      indication: 'seizure',
      regimen: [{ amountUg: micrograms(25_000) }],
      ageYears: 8,
      coUse: ['opioids', 'alcohol', 'sedatives'],
      pregnant: true,
      hepaticImpairment: true,
    });
    const conversion = convertDose({ from: 'zolpidem', to: 'diazepam', doseUg: micrograms(10_000), ageYears: 80 });
    const cited = citedSources([DRUGS, EQUIVALENCE_TABLES, CLINICAL_CONSTANTS, CITING_DATA, check, conversion]);
    expect(cited.length).toBeGreaterThan(10);
    expect(cited.filter((id) => !isSourceId(id))).toEqual([]);
  });

  it('the registry lists no source that nothing cites', () => {
    const cited = new Set([
      ...citedSources([DRUGS, EQUIVALENCE_TABLES, CLINICAL_CONSTANTS, CITING_DATA]),
      ...ARTICLES.flatMap((a) => a.sources),
    ]);
    // Cited by findings (plans, dose checks, conversion warnings) rather than by constants.
    // chauhan-2000 is cited by docs/pk-model.md's comparison with published data.
    const citedElsewhere = new Set(['joint-cpg-2025', 'racgp-2019', 'chauhan-2000']);
    expect(Object.keys(SOURCES).filter((id) => !cited.has(id) && !citedElsewhere.has(id))).toEqual([]);
  });

  it('every source has what a reader needs to find it', () => {
    for (const [id, source] of Object.entries(SOURCES)) {
      expect(source.title.length, id).toBeGreaterThan(10);
      expect(source.year, id).toBeGreaterThan(1900);
      expect(source.supports.length, id).toBeGreaterThan(0);
      if (source.url) expect(source.url, id).toMatch(/^https:\/\//);
    }
  });

  it('docs/clinical-sources.md is generated from the registry (run `npm run docs:sources`)', () => {
    const file = readFileSync(new URL('../../../../docs/clinical-sources.md', import.meta.url), 'utf8');
    expect(file).toBe(clinicalSourcesMarkdown());
  });
});
