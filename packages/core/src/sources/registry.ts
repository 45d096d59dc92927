/**
 * Every clinical number in Stepdown cites one of these sources by id. The
 * registry is the single list: docs/clinical-sources.md is generated from it,
 * and a test fails if any catalogue value cites an id that is not here.
 *
 * `confidence` grades how well the cited text was confirmed:
 * - high: read in primary or authoritative text (label, guideline, abstract);
 * - medium: a reputable secondary source, or primary text seen only in paraphrase;
 * - low: unconfirmed or derived; the UI must say so wherever it is shown.
 */
export type Confidence = 'high' | 'medium' | 'low';

export interface ClinicalSource {
  readonly title: string;
  readonly authors: string;
  readonly year: number;
  /** Journal reference, document number or publisher details. */
  readonly citation: string;
  readonly url?: string;
  /** What Stepdown uses this source for. */
  readonly supports: readonly string[];
  readonly confidence: Confidence;
  readonly note?: string;
}

const defineSources = <const T extends Record<string, ClinicalSource>>(sources: T): T => sources;

export const SOURCES = defineSources({
  'fda-klonopin-label': {
    title: 'KLONOPIN (clonazepam) tablets, prescribing information',
    authors: 'H2-Pharma / Cheplapharm; US Food and Drug Administration',
    year: 2023,
    citation: 'US prescribing information, revised 01/2023 (openFDA drug label record)',
    url: 'https://api.fda.gov/drug/label.json?search=openfda.brand_name:%22KLONOPIN%22',
    supports: [
      'clonazepam indications and dosing (panic disorder, seizure disorders, pediatric, geriatric)',
      'maximum daily doses (panic 4 mg, seizures 20 mg)',
      'panic-disorder discontinuation: −0.125 mg twice daily every 3 days',
      'boxed warnings, contraindications, adverse reactions, interactions',
      'bioavailability ~90%, Tmax 1–4 h, half-life 30–40 h, protein binding ~85%',
      'tablet strengths 0.5 mg (scored), 1 mg, 2 mg; DEA schedule IV',
    ],
    confidence: 'high',
  },
  'dailymed-clonazepam-odt': {
    title: 'Clonazepam orally disintegrating tablets, prescribing information',
    authors: 'Par Pharmaceutical; US National Library of Medicine DailyMed',
    year: 2024,
    citation: 'DailyMed setid 1aef0069-80ea-483d-ac70-c8d485462c5b, updated 2024-01-30',
    url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=1aef0069-80ea-483d-ac70-c8d485462c5b',
    supports: [
      'ODT strengths 0.125, 0.25, 0.5, 1 and 2 mg',
      'boxed warning: dependence and withdrawal risk rise with duration and dose',
    ],
    confidence: 'high',
  },
  'fda-dsc-2016-opioids': {
    title:
      'FDA Drug Safety Communication: FDA warns about serious risks and death when combining opioid pain or cough medicines with benzodiazepines; requires its strongest warning',
    authors: 'US Food and Drug Administration',
    year: 2016,
    citation: 'Drug Safety Communication, 31 August 2016',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-warns-about-serious-risks-and-death-when-combining-opioid-pain-or',
    supports: ['boxed warning on opioid and benzodiazepine co-use: profound sedation, respiratory depression, coma, death'],
    confidence: 'high',
  },
  'fda-dsc-2020-benzodiazepines': {
    title: 'FDA Drug Safety Communication: FDA requiring Boxed Warning updated to improve safe use of benzodiazepine drug class',
    authors: 'US Food and Drug Administration',
    year: 2020,
    citation: 'Drug Safety Communication, 23 September 2020',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
    supports: [
      'boxed warning on abuse, misuse, addiction, physical dependence and withdrawal',
      'physical dependence can occur after several days to weeks of steady use, even as prescribed',
      'abrupt discontinuation or rapid reduction can cause life-threatening withdrawal, including seizures',
    ],
    confidence: 'high',
  },
  'joint-cpg-2025': {
    title: 'Joint Clinical Practice Guideline on Benzodiazepine Tapering: Considerations When Risks Outweigh Benefits',
    authors: 'American Society of Addiction Medicine and nine partner societies',
    year: 2025,
    citation: 'J Gen Intern Med 2025; doi:10.1007/s11606-025-09499-2; PMID 40526204 (ASAM pocket guide)',
    url: 'https://doi.org/10.1007/s11606-025-09499-2',
    supports: [
      'taper pace 5–10% every 2–4 weeks, typically not more than 25% every 2 weeks',
      'switch to a long-acting benzodiazepine over 1–2 weeks, not 1–2 days',
      'Table 2: withdrawal risk by days per week, duration and dose; dose bands low ≤10, moderate 10–15, high >15 mg diazepam-equivalent',
      'Table 7: Ashton and VA/DoD equivalence side by side',
      'offer naloxone when opioids are co-prescribed',
    ],
    confidence: 'high',
  },
  'ashton-manual': {
    title: 'Benzodiazepines: How They Work and How to Withdraw (the Ashton Manual), benzodiazepine equivalence table',
    authors: 'C. Heather Ashton',
    year: 2002,
    citation: 'Revised August 2002; equivalence table revised April 2007; values as reproduced in Joint CPG 2025 Table 7',
    url: 'https://www.benzo.org.uk/bzequiv.htm',
    supports: ['oral doses approximately equivalent to diazepam 10 mg (the Ashton column)'],
    confidence: 'high',
  },
  'ashton-manual-unconfirmed': {
    title: 'Ashton Manual equivalence values not reproduced in Joint CPG 2025 Table 7',
    authors: 'C. Heather Ashton',
    year: 2002,
    citation: 'benzo.org.uk equivalence table; corroborated only by UK tables described as adapted from Ashton',
    url: 'https://www.benzo.org.uk/bzequiv.htm',
    supports: ['Ashton equivalents for nitrazepam, bromazepam, clobazam, zolpidem and zopiclone'],
    confidence: 'low',
    note: 'Not checked against the Ashton table itself; shown with a low-confidence marker.',
  },
  'va-dod-sud-cpg-2021': {
    title: 'VA/DoD Clinical Practice Guideline for the Management of Substance Use Disorders',
    authors: 'US Department of Veterans Affairs and Department of Defense',
    year: 2021,
    citation: 'Version 4.0, 2021; equivalence values as reproduced in Joint CPG 2025 Table 7',
    url: 'https://www.healthquality.va.gov/guidelines/MH/sud/',
    supports: ['oral doses approximately equivalent to diazepam 10 mg (the VA/DoD column)'],
    confidence: 'high',
  },
  'nhs-scotland-2024': {
    title: 'Quality prescribing for benzodiazepines and z-drugs: a guide for improvement 2024–2027 — switching to diazepam',
    authors: 'Scottish Government / NHS Scotland (Right Decisions)',
    year: 2024,
    citation:
      'Equivalence table adapted from Ashton, the Maudsley Prescribing Guidelines and UKMi; values per diazepam 5 mg, doubled here',
    url: 'https://rightdecisions.scot.nhs.uk/benzodiazepines-and-z-drugs-quality-prescribing-a-guide-for-improvement/',
    supports: ['UK oral doses approximately equivalent to diazepam 5 mg (NHS Scotland / UKMi column)'],
    confidence: 'high',
  },
  'crevoisier-2003': {
    title:
      'Comparative single-dose pharmacokinetics of clonazepam following intravenous, intramuscular and oral administration to healthy volunteers',
    authors: 'Crevoisier C, Delisle MC, Joseph I, Foletti G',
    year: 2003,
    citation: 'Eur Neurol 2003;49:173–177; doi:10.1159/000069089',
    url: 'https://doi.org/10.1159/000069089',
    supports: [
      'oral bioavailability 90%',
      'Tmax 1.7 h and Cmax 14.9 ng/mL after 2 mg orally',
      'IV clearance 55 mL/min',
      'half-life 38–44 h',
    ],
    confidence: 'high',
  },
  'greenblatt-2005': {
    title: 'Clonazepam pharmacokinetics, brain uptake, and receptor interactions',
    authors: 'Greenblatt DJ, Blaskovich PD, Nuwayser ES, et al.',
    year: 2005,
    citation: 'J Clin Pharmacol 2005;45:1288–1295; PMID 16239362',
    url: 'https://pubmed.ncbi.nlm.nih.gov/16239362/',
    supports: [
      'apparent oral clearance 72 mL/min (≈4.3 L/h)',
      'absorption half-life 24 min (ka ≈ 1.7 /h)',
      'half-life ~40 h',
      '3.3-fold accumulation with three-times-daily dosing',
    ],
    confidence: 'high',
  },
  'berlin-dahlstrom-1975': {
    title:
      'Pharmacokinetics of the anticonvulsant drug clonazepam evaluated from single oral and intravenous doses and by repeated oral administration',
    authors: 'Berlin A, Dahlström H',
    year: 1975,
    citation: 'Eur J Clin Pharmacol 1975;9:155–159; doi:10.1007/BF00614012',
    url: 'https://doi.org/10.1007/BF00614012',
    supports: ['half-life range 19–60 h', 'volume of distribution 1.5–4.4 L/kg'],
    confidence: 'high',
  },
  'yukawa-2002': {
    title: 'Population pharmacokinetics of clonazepam in epileptic patients',
    authors: 'Yukawa E, Satou M, Nonaka T, et al.',
    year: 2002,
    citation: 'J Clin Pharmacol 2002;42:81–88',
    supports: [
      'between-subject variability of clearance 20.1% CV',
      'CYP3A-inducing antiepileptics raise clearance (×1.18 with one)',
    ],
    confidence: 'high',
  },
  'stepdown-derived-pk': {
    title: 'Stepdown default one-compartment parameters for clonazepam (derived synthesis)',
    authors: 'Stepdown contributors, from Greenblatt 2005, Berlin & Dahlström 1975 and Yukawa 2002',
    year: 2026,
    citation: 'Derived: V/F ≈ 3 L/kg (nominal within 1.5–4.4 L/kg); V/F between-subject variability assumed 25% CV',
    supports: ['nominal V/F 3 L/kg', 'assumed V/F variability'],
    confidence: 'low',
    note: 'A planning default, not a published model; implied half-life 0.693 × 210 L / 4.3 L/h ≈ 34 h lies within the label’s 30–40 h.',
  },
  'fda-valium-label': {
    title: 'VALIUM (diazepam) tablets, prescribing information',
    authors: 'Roche / Genentech; US Food and Drug Administration',
    year: 2021,
    citation: 'US prescribing information (DailyMed)',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=valium',
    supports: ['diazepam indications and adult dosing', 'tablet strengths 2, 5, 10 mg', 'pharmacokinetics'],
    confidence: 'medium',
    note: 'Dosing checked against label summaries, not the full current label text.',
  },
  'us-product-labels': {
    title: 'US prescribing information for benzodiazepines and Z-drugs (DailyMed)',
    authors: 'US National Library of Medicine DailyMed; product manufacturers',
    year: 2024,
    citation:
      'Current US labels for alprazolam, lorazepam, chlordiazepoxide, oxazepam, temazepam, clobazam, clorazepate, estazolam, flurazepam, triazolam and zolpidem',
    url: 'https://dailymed.nlm.nih.gov/dailymed/',
    supports: ['US oral strengths, brand names, labelled maximum daily doses, elimination half-lives, DEA schedules'],
    confidence: 'medium',
    note: 'Per-drug values were gathered from label summaries; confirm against the current label before relying on them.',
  },
  'bnf-uk': {
    title: 'British National Formulary (BNF) and UK Summaries of Product Characteristics',
    authors: 'Joint Formulary Committee; electronic medicines compendium (emc)',
    year: 2024,
    citation: 'BNF monographs and emc SmPCs for benzodiazepines and Z-drugs',
    url: 'https://bnf.nice.org.uk/',
    supports: ['UK oral strengths and brand names (e.g. nitrazepam, zopiclone, bromazepam not in the US)'],
    confidence: 'medium',
    note: 'Per-drug values were gathered from summaries; confirm against the current BNF before relying on them.',
  },
  'rxnorm-vsac-2025': {
    title: 'RxNorm clinical drug codes as listed in the NLM Value Set Authority Center eCQM update',
    authors: 'US National Library of Medicine',
    year: 2025,
    citation: 'VSAC eCQM value-set expansion, update of 2025-05-08 (RxNorm SCD codes with names)',
    url: 'https://vsac.nlm.nih.gov/',
    supports: ['RxNorm codes for clonazepam tablets and orally disintegrating tablets, and diazepam tablets'],
    confidence: 'medium',
    note: 'Taken from a published value-set expansion, not from RxNav directly; check against RxNav before clinical exchange.',
  },
  'nice-cks-benzodiazepine-withdrawal': {
    title: 'Benzodiazepine and z-drug withdrawal (NICE Clinical Knowledge Summaries), adapted from the Ashton Manual',
    authors: 'National Institute for Health and Care Excellence (CKS)',
    year: 2024,
    citation: 'CKS topic "Benzodiazepine and z-drug withdrawal"; diazepam withdrawal schedule adapted from Ashton 2002',
    url: 'https://cks.nice.org.uk/topics/benzodiazepine-z-drug-withdrawal/',
    supports: [
      'reduce by about 5–10% every 1–2 weeks, or an eighth of the dose fortnightly, slower at lower doses',
      'diazepam: −2 to 4 mg every 1–2 weeks to 20 mg, −1 to 2 mg to 10 mg, −1 mg to 5 mg, −0.5 to 1 mg to zero',
      'switch to diazepam gradually, one dose at a time',
    ],
    confidence: 'high',
    note: 'Read in a CKS-derived document ("Withdrawal of benzodiazepines"), not on the CKS site itself.',
  },
  'nardi-2010': {
    title: 'Tapering clonazepam in patients with panic disorder after at least 3 years of treatment',
    authors: 'Nardi AE, Freire RC, Valença AM, et al.',
    year: 2010,
    citation: 'J Clin Psychopharmacol 2010;30:290–293',
    supports: ['clonazepam taper: −0.5 mg every 2 weeks to 1 mg/day, then −0.25 mg per week; 68.9% drug-free at 4 months'],
    confidence: 'medium',
    note: 'Schedule confirmed from the abstract; the citation details were not checked against the journal.',
  },
  'stepdown-derived-hyperbolic': {
    title: 'Default constant of the hyperbolic taper curve (derived)',
    authors:
      'Stepdown contributors, from a secondary reproduction of Horowitz & Taylor’s occupancy figure (Maudsley Deprescribing Guidelines, 2024)',
    year: 2026,
    citation: 'If effect = D/(D+K) and diazepam 4 mg gives about 80%, then K ≈ 1 mg diazepam-equivalent',
    supports: ['K = 1 mg diazepam-equivalent as the default of the hyperbolic strategy'],
    confidence: 'low',
    note: 'A relative model of effect, not receptor occupancy: human SPECT found far lower occupancy at clinical doses.',
  },
  'racgp-2019': {
    title: 'Prescribing drugs of dependence in general practice, Part B: Benzodiazepines',
    authors: 'The Royal Australian College of General Practitioners',
    year: 2019,
    citation: 'RACGP, East Melbourne 2015, updated 2019; chapter 5',
    url: 'https://www.racgp.org.au/clinical-resources/clinical-guidelines/key-racgp-guidelines/view-all-racgp-guidelines/drugs-of-dependence/part-b',
    supports: ['withdrawal onset 1–2 days for short half-life and 3–7 days for long half-life drugs'],
    confidence: 'high',
  },
  'uptodate-bzd-pk-table': {
    title: 'Benzodiazepine and nonbenzodiazepine hypnotic pharmacokinetics (table)',
    authors: 'UpToDate (Wolters Kluwer)',
    year: 2024,
    citation: 'Table grouping agents as short (< 12 h), intermediate (12–24 h) and long (> 24 h) acting',
    supports: ['half-life class boundaries: short < 12 h, intermediate 12–24 h, long > 24 h'],
    confidence: 'medium',
    note: 'Seen through a mirror of the table; UK tables classify some drugs differently.',
  },
  'chauhan-2000': {
    title: 'Comparative bioavailability study of clonazepam after oral administration of two tablet formulations',
    authors: 'Chauhan BL, Sane SP, Revankar SN, Rammamurthy L, Doshi B, Bhatt AD, Bhate VR, Kulkarni RD',
    year: 2000,
    citation: 'J Assoc Physicians India 2000;48:985–987',
    supports: [
      'single 2 mg oral dose in 12 healthy men: Cmax 16.3 and 19.8 ng/mL, Tmax 1.4–1.6 h, AUC(0–48 h) 208–216 ng·h/mL (model comparison in docs/pk-model.md)',
    ],
    confidence: 'high',
  },
});

export type SourceId = keyof typeof SOURCES;

export const isSourceId = (id: string): id is SourceId => Object.hasOwn(SOURCES, id);
