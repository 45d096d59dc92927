import { CARE_HISTORY, type CareHistory, levelOfCare, parseDose } from '@stepdown/core';
import { orUsage, parseCommandArgs, rejectPositionals } from '../args.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { printJson } from '../json.js';
import { UsageError } from '../usage-error.js';

export const CARE_HELP = `Usage: stepdown care [--dose-de <mg>] [--history <item>[,<item>…]] [--use-disorder <severity>] [--no-support] [--pregnant] [--json]

Suggests where a taper is best done — outpatient with the prescriber unless specific
criteria apply — with the criteria and their sources. A suggestion for the care team.

  --dose-de <mg>          daily diazepam-equivalent dose (see 'stepdown convert'), e.g. 40 or 40mg
  --history <list>        ${CARE_HISTORY.join(', ')}
  --use-disorder <level>  none | mild | moderate | severe (from 'stepdown assess dsm5')
  --no-support            little or no support at home
  --pregnant

Example:
  stepdown care --dose-de 60 --history withdrawal-seizures
`;

export const careCommand = (args: readonly string[], io: Io): ExitCode => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      'dose-de': { type: 'string' },
      history: { type: 'string', multiple: true },
      'use-disorder': { type: 'string' },
      'no-support': { type: 'boolean' },
      pregnant: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'care',
  );
  if (values.help) {
    io.stdout(CARE_HELP);
    return EXIT.ok;
  }
  rejectPositionals(positionals, 'care');
  const disorder = values['use-disorder'];
  if (disorder !== undefined && !['none', 'mild', 'moderate', 'severe'].includes(disorder)) {
    throw new UsageError(
      'USE_DISORDER_INVALID',
      `"${disorder}" is not a severity.`,
      '--use-disorder',
      'none, mild, moderate or severe',
    );
  }
  const doseText = values['dose-de'];
  const history = (values.history ?? [])
    .flatMap((h) => h.split(','))
    .map((h) => h.trim())
    .filter(Boolean) as CareHistory[];
  const suggestion = orUsage(
    levelOfCare({
      ...(doseText === undefined
        ? {}
        : { diazepamEquivalentUg: orUsage(parseDose(/[a-zµ]/i.test(doseText) ? doseText : `${doseText}mg`), '--dose-de') }),
      history,
      ...(disorder ? { useDisorder: disorder as 'none' } : {}),
      ...(values['no-support'] ? { supportAtHome: false } : {}),
      ...(values.pregnant ? { pregnant: true } : {}),
    }),
    { history: '--history' },
  );
  if (values.json) {
    io.stdout(printJson(suggestion));
    return EXIT.ok;
  }
  const lines = [
    `Suggested setting: ${suggestion.title}`,
    suggestion.description,
    ...(suggestion.criteria.length
      ? ['', 'Because:', ...suggestion.criteria.map((c) => `  - ${c.text} [${c.source}]`)]
      : ['', 'No criterion for a more intensive setting applies.']),
    '',
    'For everyone:',
    ...suggestion.addOns.map((a) => `  - ${a.text} [${a.source}]`),
    '',
    ...suggestion.notes,
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
};
