import {
  CO_USES,
  type CoUse,
  checkDose,
  type DoseCheck,
  formatMg,
  INDICATIONS,
  type Indication,
  parseDuration,
  parseRegimen,
  toMilligrams,
} from '@stepdown/core';
import { orUsage, parseCommandArgs, parseWholeNumber } from '../args.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { printJson } from '../json.js';
import { renderTable } from '../table.js';
import { UsageError } from '../usage-error.js';

export const CHECK_HELP = `Usage: stepdown check --drug <drug> --indication <indication> --dose <dose> [--dose …] [options]

Check a regimen against the label and the 2025 Joint guideline. Every finding
has a stable code, a severity (error | warning | info) and its source.
Exit code: 0 no error, 1 a finding of severity error, 2 bad input.

Required:
  --drug <drug>            generic or brand name
  --indication <name>      ${INDICATIONS.join(' | ')}
  --dose <dose>            0.5mg@08:00 (time of day) or 0.5mg tid (count per day); repeat for each dose

Options:
  --age <years>            --weight <kg>  (e.g. 70, 70kg, 154lb)
  --used-for <duration>    how long it has been taken: 10d, 3w, 6m, 2y
  --days-per-week <n>      1–7 (default 7: the regimen is daily)
  --with <list>            co-used: ${CO_USES.join(',')}
  --pregnant  --hepatic    pregnancy; liver impairment
  --starting               a new prescription (checks starting doses)
  --json                   machine output only

Example:
  stepdown check --drug clonazepam --indication panic --dose 0.5mg@08:00 --dose 1mg@22:00 --age 70 --with opioids --used-for 2y
`;

const parseWeight = (text: string): number => {
  const match = /^(\d+(?:\.\d+)?)\s*(kg|lb|lbs)?$/i.exec(text.trim());
  const value = match ? Number(match[1]) * (match[2]?.toLowerCase().startsWith('lb') ? 0.45359237 : 1) : Number.NaN;
  if (!(value >= 0.5 && value <= 350)) {
    throw new UsageError(
      'INVALID_WEIGHT',
      `"${text}" is not a body weight.`,
      '--weight',
      'a weight in kg (e.g. 70 or 70kg) or lb (154lb)',
    );
  }
  return Math.round(value * 10) / 10;
};

const parseCoUse = (text: string): CoUse[] =>
  text.split(',').map((item) => {
    const value = item.trim().toLowerCase();
    const aliases: Record<string, CoUse> = { opioid: 'opioids', sedative: 'sedatives', drink: 'alcohol' };
    const coUse = (CO_USES as readonly string[]).includes(value) ? (value as CoUse) : aliases[value];
    if (!coUse)
      throw new UsageError(
        'CO_USE_UNKNOWN',
        `"${item}" is not a co-used substance Stepdown checks.`,
        '--with',
        CO_USES.join(', '),
      );
    return coUse;
  });

const toJson = (check: DoseCheck) => ({
  drug: check.drug.id,
  indication: check.indication,
  dailyTotalMg: toMilligrams(check.dailyTotalUg),
  ...(check.diazepamEquivalentUg === undefined ? {} : { diazepamEquivalentMg: toMilligrams(check.diazepamEquivalentUg) }),
  ...(check.band === undefined ? {} : { band: check.band }),
  findings: check.findings,
});

const render = (check: DoseCheck): string => {
  const lines = [
    `${check.drug.name} for ${check.indication}: ${formatMg(check.dailyTotalUg)} a day`,
    ...(check.diazepamEquivalentUg === undefined
      ? []
      : [`Diazepam equivalent ≈ ${formatMg(check.diazepamEquivalentUg)} (Ashton) — ${check.band} dose band`]),
    '',
    renderTable(
      ['SEVERITY', 'CODE', 'FINDING'],
      check.findings.map((f) => [
        f.severity.toUpperCase(),
        f.code,
        `${f.message} [${f.source}${f.confidence === 'low' ? ', low confidence' : ''}]`,
      ]),
    ).trimEnd(),
    '',
    'Stepdown supports decisions with a prescriber; it does not prescribe. Never stop a benzodiazepine abruptly.',
  ];
  return `${lines.join('\n')}\n`;
};

export const checkCommand = (args: readonly string[], io: Io): ExitCode => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      drug: { type: 'string' },
      indication: { type: 'string' },
      dose: { type: 'string', multiple: true },
      age: { type: 'string' },
      weight: { type: 'string' },
      'used-for': { type: 'string' },
      'days-per-week': { type: 'string' },
      with: { type: 'string' },
      pregnant: { type: 'boolean' },
      hepatic: { type: 'boolean' },
      starting: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'check',
  );
  if (values.help) {
    io.stdout(CHECK_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) {
    throw new UsageError(
      'UNEXPECTED_ARGUMENT',
      `"${positionals[0]}" is not a flag.`,
      'arguments',
      "flags such as --dose 0.5mg@08:00; see 'stepdown check --help'",
    );
  }
  if (!values.drug) throw new UsageError('MISSING_FLAG', 'check needs --drug.', '--drug', 'a drug name, e.g. --drug clonazepam');
  if (!values.indication)
    throw new UsageError('MISSING_FLAG', 'check needs --indication.', '--indication', INDICATIONS.join(', '));
  if (!(INDICATIONS as readonly string[]).includes(values.indication)) {
    throw new UsageError(
      'INDICATION_UNKNOWN',
      `"${values.indication}" is not an indication Stepdown knows.`,
      '--indication',
      INDICATIONS.join(', '),
    );
  }
  const regimen = orUsage(parseRegimen(values.dose ?? [], '--dose'));
  const result = checkDose({
    drug: values.drug,
    indication: values.indication as Indication,
    regimen,
    ...(values.age === undefined ? {} : { ageYears: parseWholeNumber(values.age, '--age', 0, 120, 'an age in years') }),
    ...(values.weight === undefined ? {} : { weightKg: parseWeight(values.weight) }),
    ...(values['used-for'] === undefined ? {} : { durationDays: orUsage(parseDuration(values['used-for']), '--used-for').days }),
    ...(values['days-per-week'] === undefined
      ? {}
      : { daysPerWeek: parseWholeNumber(values['days-per-week'], '--days-per-week', 1, 7, 'a number of days a week') }),
    ...(values.with === undefined ? {} : { coUse: parseCoUse(values.with) }),
    ...(values.pregnant ? { pregnant: true } : {}),
    ...(values.hepatic ? { hepaticImpairment: true } : {}),
    ...(values.starting ? { starting: true } : {}),
  });
  const check = orUsage(result, { drug: '--drug', indication: '--indication' });
  io.stdout(values.json ? printJson(toJson(check)) : render(check));
  return check.findings.some((f) => f.severity === 'error') ? EXIT.findingError : EXIT.ok;
};
