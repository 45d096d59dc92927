import {
  citedSources,
  DRUGS,
  type Drug,
  EQUIVALENCE_TABLES,
  findDrug,
  formatMg,
  halfLifeClass,
  type PopulationParameter,
  SOURCES,
  withMilligrams,
} from '@stepdown/core';
import { orUsage, parseCommandArgs } from '../args.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { printJson } from '../json.js';
import { renderTable } from '../table.js';

export const DRUGS_HELP = `Usage: stepdown drugs [name] [--json]

List the drugs Stepdown knows, or show one in full: formulations, labelled
limits, pharmacokinetics, warnings, interactions and the source of each fact.
Names may be generic or brand (Klonopin, Valium, Xanax…), in any case.

Examples:
  stepdown drugs
  stepdown drugs klonopin
  stepdown drugs diazepam --json
`;

const LOW = ' (low confidence)';
const lowMark = (fact: { confidence?: 'low' }): string => (fact.confidence === 'low' ? LOW : '');

const halfLifeText = (drug: Drug): string => {
  const { halfLife } = drug.pharmacokinetics;
  const metabolite = halfLife.activeMetaboliteH
    ? `; ${halfLife.activeMetaboliteH.name} ${halfLife.activeMetaboliteH.low}–${halfLife.activeMetaboliteH.high} h`
    : '';
  const typical =
    halfLife.typicalH.low === halfLife.typicalH.high
      ? `${halfLife.typicalH.low}`
      : `${halfLife.typicalH.low}–${halfLife.typicalH.high}`;
  return `${typical} h${metabolite}`;
};

const listDrugs = (io: Io): void => {
  io.stdout(
    renderTable(
      ['DRUG', 'CLASS', 'ACTS', 'HALF-LIFE', 'BRANDS'],
      DRUGS.map((drug) => [
        drug.name,
        drug.class,
        halfLifeClass(drug.pharmacokinetics.halfLife),
        halfLifeText(drug),
        drug.brands.map((b) => b.name).join(', '),
      ]),
    ),
  );
  io.stdout(`\n${DRUGS.length} drugs. Show one with: stepdown drugs <name>\n`);
};

const parameterLine = (label: string, p: PopulationParameter | undefined): string[] => {
  if (!p) return [];
  const range = p.range ? ` (range ${p.range.low}–${p.range.high})` : '';
  const cv = p.cvPercent === undefined ? '' : `, between-person CV ${p.cvPercent}%`;
  return [`  ${label}: ${p.value} ${p.unit}${range}${cv}  [${p.source}]${lowMark(p)}`];
};

const showDrug = (drug: Drug, io: Io): void => {
  const lines: string[] = [];
  const brands = drug.brands.map((b) => `${b.name}${b.markets.length ? ` (${b.markets.join('/')})` : ''}`).join(', ');
  lines.push(`${drug.name.toUpperCase()} — ${drug.class}, ${halfLifeClass(drug.pharmacokinetics.halfLife)}-acting`);
  lines.push(`Brands: ${brands}`);
  if (drug.schedule?.us) lines.push(`US schedule: ${drug.schedule.us}  [${drug.schedule.source}]${lowMark(drug.schedule)}`);
  lines.push('', 'Indications and labelled doses (adults, per day):');
  for (const d of drug.indications) {
    const parts = [
      d.startDailyUg === undefined ? '' : `start ${formatMg(d.startDailyUg)}`,
      d.usualDailyUg === undefined ? '' : `usual ${formatMg(d.usualDailyUg)}`,
      d.maxDailyUg === undefined ? '' : `max ${formatMg(d.maxDailyUg)}`,
      d.elderlyStartDailyUg === undefined ? '' : `older adults start ${formatMg(d.elderlyStartDailyUg)}`,
    ].filter(Boolean);
    lines.push(`  • ${d.title}: ${parts.join('; ')}  [${d.source}]${lowMark(d)}`);
    if (d.titration) lines.push(`    ${d.titration}`);
    if (d.pediatricNote) lines.push(`    Children: ${d.pediatricNote}`);
  }
  lines.push('', 'Formulations:');
  for (const f of drug.formulations) {
    const what =
      f.kind === 'oral-solution' ? `${formatMg(f.strengthUg)}/mL oral solution` : `${formatMg(f.strengthUg)} ${f.kind}`;
    const split = f.split === 'halves' ? ', scored (halves)' : '';
    const note = f.note ? ` — ${f.note}` : '';
    lines.push(`  • ${what}${split} [${f.markets.join('/') || 'not US/UK'}]${note}  [${f.source}]${lowMark(f)}`);
  }
  const pk = drug.pharmacokinetics;
  lines.push('', 'Pharmacokinetics:');
  lines.push(
    `  Half-life: ${halfLifeText(drug)}${pk.halfLife.rangeH ? ` (range ${pk.halfLife.rangeH.low}–${pk.halfLife.rangeH.high} h)` : ''}  [${pk.halfLife.source}]`,
  );
  lines.push(
    ...parameterLine('Bioavailability (F)', pk.bioavailability),
    ...parameterLine('Time to peak (Tmax)', pk.tmax),
    ...parameterLine('Protein binding', pk.proteinBinding),
    ...parameterLine('Apparent clearance (CL/F)', pk.clearance),
    ...parameterLine('Apparent volume (V/F)', pk.volume),
    ...parameterLine('Absorption rate (ka)', pk.absorptionRate),
  );
  if (pk.metabolism) lines.push(`  Metabolism: ${pk.metabolism.text}  [${pk.metabolism.source}]`);
  const equivalents = EQUIVALENCE_TABLES.flatMap((t) => {
    const e = t.per10MgDiazepam[drug.id];
    if (!e) return [];
    const value = typeof e.mg === 'number' ? `${e.mg}` : `${e.mg.low}–${e.mg.high}`;
    return [`${t.name} ${value} mg${e.confidence === 'low' ? LOW : ''}`];
  });
  if (equivalents.length) lines.push('', `≈ diazepam 10 mg: ${equivalents.join('; ')}`);
  for (const w of drug.boxedWarnings ?? []) lines.push('', `BOXED WARNING — ${w.title} (${w.since}): ${w.text}  [${w.source}]`);
  if (drug.contraindications) {
    lines.push(
      '',
      `Do not use with (contraindications)  [${drug.contraindicationsSource}]:`,
      ...drug.contraindications.map((c) => `  • ${c}`),
    );
  }
  if (drug.sideEffects) {
    const s = drug.sideEffects;
    lines.push('', `Side effects  [${s.source}]:`);
    lines.push(`  Common: ${s.common.join('; ')}`);
    lines.push(`  Less common: ${s.lessCommon.join('; ')}`);
    lines.push(`  Rare but serious — get help at once: ${s.serious.join('; ')}`);
    if (s.note) lines.push(`  ${s.note}`);
  }
  for (const i of drug.interactions ?? []) {
    lines.push('', `Interaction — ${i.title}: ${i.effect} ${i.action}  [${i.source}]`);
  }
  lines.push('', 'Sources:');
  for (const id of citedSources(drug)) {
    const source = SOURCES[id as keyof typeof SOURCES];
    lines.push(`  ${id}: ${source.title} (${source.year})${source.confidence === 'low' ? LOW : ''}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
};

const drugJson = (drug: Drug): unknown =>
  withMilligrams({ ...drug, halfLifeClass: halfLifeClass(drug.pharmacokinetics.halfLife) });

export const drugsCommand = (args: readonly string[], io: Io): ExitCode => {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    'drugs',
  );
  if (values.help) {
    io.stdout(DRUGS_HELP);
    return EXIT.ok;
  }
  const name = positionals.join(' ');
  if (!name) {
    if (values.json) io.stdout(printJson(DRUGS.map(drugJson)));
    else listDrugs(io);
    return EXIT.ok;
  }
  const drug = orUsage(findDrug(name), 'name');
  if (values.json) io.stdout(printJson(drugJson(drug)));
  else showDrug(drug, io);
  return EXIT.ok;
};
