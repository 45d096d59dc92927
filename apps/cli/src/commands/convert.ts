import { type Conversion, convertDose, EQUIVALENCE_TABLE_IDS, formatMg, parseDose, toMilligrams } from '@stepdown/core';
import { orUsage, parseCommandArgs, parseEquivalenceTable, parseWholeNumber } from '../args.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { printJson } from '../json.js';
import { renderTable } from '../table.js';
import { UsageError } from '../usage-error.js';

export const CONVERT_HELP = `Usage: stepdown convert <amount> <unit> <drug> --to <drug> [options]

Estimate the equivalent dose of another benzodiazepine. Tables disagree (up to
two-fold for clonazepam), so the answer is an estimate under one table, the
range across all tables, and each table's value.

Options:
  --to <drug>        the drug to convert to (required)
  --source <table>   ${EQUIVALENCE_TABLE_IDS.join(' | ')} (default: ashton)
  --age <years>      adds older-adult cautions from 65
  --hepatic          liver impairment
  --json             machine output only

Examples:
  stepdown convert 1 mg clonazepam --to diazepam
  stepdown convert 2mg Xanax --to clonazepam --source va-dod-2021 --json
`;

const mgText = (ug: number): string => formatMg(ug as never);
const rangeText = ([low, high]: readonly [number, number]): string =>
  low === high ? mgText(low) : `${formatMg(low as never, { unit: false })}–${mgText(high)}`;

const toJson = (c: Conversion) => ({
  from: c.from.id,
  to: c.to.id,
  doseMg: toMilligrams(c.doseUg),
  source: c.table,
  estimateMg: toMilligrams(c.estimateUg),
  rangeMg: c.rangeUg.map(toMilligrams),
  bySource: c.bySource.map((s) => ({
    source: s.table,
    doseMg: toMilligrams(s.doseUg),
    ...(s.rangeUg ? { rangeMg: s.rangeUg.map(toMilligrams) } : {}),
    citation: s.source,
    lowConfidence: s.lowConfidence,
  })),
  diazepamEquivalentMg: toMilligrams(c.diazepamEquivalentUg),
  diazepamEquivalentRangeMg: c.diazepamEquivalentRangeUg.map(toMilligrams),
  band: c.band,
  warnings: c.warnings,
});

const render = (c: Conversion): string => {
  const chosen = c.bySource.find((s) => s.table === c.table);
  const lines = [
    `${mgText(c.doseUg)} ${c.from.name} ≈ ${mgText(c.estimateUg)} ${c.to.name}  (${chosen?.name ?? c.table})`,
    `Range across tables: ${rangeText(c.rangeUg)}`,
    '',
    renderTable(
      ['TABLE', c.to.name.toUpperCase(), 'SOURCE'],
      c.bySource.map((s) => [
        s.name,
        `${mgText(s.doseUg)}${s.rangeUg ? ` (${rangeText(s.rangeUg)})` : ''}${s.lowConfidence ? ' *' : ''}`,
        s.source,
      ]),
    ).trimEnd(),
    '',
    `Diazepam equivalent: ${mgText(c.diazepamEquivalentUg)} (range ${rangeText(c.diazepamEquivalentRangeUg)}) — ${c.band} dose band (Joint CPG 2025: low ≤10 mg, moderate 10–15 mg, high >15 mg)`,
    '',
    ...c.warnings.map((w) => `! ${w.message} [${w.source}]`),
  ];
  if (c.bySource.some((s) => s.lowConfidence)) lines.push('* low confidence: not confirmed against the source table');
  return `${lines.join('\n')}\n`;
};

const UNIT = /^(mg|mcg|ug|µg|μg|micrograms?|milligrams?)$/i;

/** Accepts `1 mg clonazepam` or `1mg clonazepam`; a number with no unit is left for the dose check to refuse. */
const splitPositionals = (positionals: readonly string[]): { dose: string; drug: string } => {
  const [first = '', second = '', ...rest] = positionals;
  if (UNIT.test(second)) return { dose: `${first}${second}`, drug: rest.join(' ') };
  return { dose: first, drug: [second, ...rest].join(' ').trim() };
};

export const convertCommand = (args: readonly string[], io: Io): ExitCode => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      to: { type: 'string' },
      source: { type: 'string' },
      age: { type: 'string' },
      hepatic: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'convert',
  );
  if (values.help) {
    io.stdout(CONVERT_HELP);
    return EXIT.ok;
  }
  const { dose, drug } = splitPositionals(positionals);
  if (!dose || !drug) {
    throw new UsageError(
      'CONVERT_ARGUMENTS',
      'convert needs an amount, a unit and a drug.',
      'arguments',
      'e.g. stepdown convert 1 mg clonazepam --to diazepam',
    );
  }
  if (!values.to) throw new UsageError('MISSING_FLAG', 'convert needs --to <drug>.', '--to', 'a drug name, e.g. --to diazepam');
  const table = parseEquivalenceTable(values.source);
  const doseUg = orUsage(parseDose(dose), 'amount');
  const conversion = orUsage(
    convertDose({
      from: drug,
      doseUg,
      to: values.to,
      ...(table === undefined ? {} : { table }),
      ...(values.age === undefined ? {} : { ageYears: parseWholeNumber(values.age, '--age', 0, 120, 'an age in years') }),
      ...(values.hepatic ? { hepaticImpairment: true } : {}),
    }),
    { from: 'drug', to: '--to', source: '--source' },
  );
  io.stdout(values.json ? printJson(toJson(conversion)) : render(conversion));
  return EXIT.ok;
};
