import { RED_FLAGS, REGIONS, type Triage, triage } from '@stepdown/core';
import { orUsage, parseCommandArgs, parseWholeNumber, rejectPositionals } from '../args.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { printJson } from '../json.js';
import { UsageError } from '../usage-error.js';

export const TRIAGE_HELP = `Usage: stepdown triage [--symptom <id>[,<id>…]] [--region <region>] [--asq <result>] [--phq9-item9 <0-3>] [--json]

What to do now: emergency, urgent (today) or routine, with the reasons, the help services
for the region and what to tell the person who answers. Public services only.

Symptoms: ${RED_FLAGS.map((f) => f.id).join(', ')}
Regions:  ${REGIONS.join(', ')} (default EU: 112)
--asq:    negative | non-acute-positive | acute-positive

Example:
  stepdown triage --symptom seizure --region US
`;

export const renderTriage = (t: Triage): string => {
  const lines = [
    t.urgency === 'emergency' ? `EMERGENCY — ${t.headline}` : t.urgency === 'urgent' ? `URGENT — ${t.headline}` : t.headline,
    '',
    ...t.actions.map((a) => `• ${a}`),
    ...(t.reasons.length ? ['', 'Because:', ...t.reasons.map((r) => `  - ${r.label}: ${r.why} [${r.source}]`)] : []),
    '',
    'Help:',
    ...t.resources.map((r) => `  ${r.name}: ${r.contact} — ${r.when}`),
    ...(t.urgency === 'routine' ? [] : ['', 'Tell them:', ...t.tellThem.map((x) => `  - ${x}`)]),
  ];
  return `${lines.join('\n')}\n`;
};

export const triageCommand = (args: readonly string[], io: Io): ExitCode => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      symptom: { type: 'string', multiple: true },
      region: { type: 'string' },
      asq: { type: 'string' },
      'phq9-item9': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'triage',
  );
  if (values.help) {
    io.stdout(TRIAGE_HELP);
    return EXIT.ok;
  }
  rejectPositionals(positionals, 'triage');
  const asq = values.asq;
  if (asq !== undefined && !['negative', 'non-acute-positive', 'acute-positive'].includes(asq)) {
    throw new UsageError(
      'ASQ_INVALID',
      `"${asq}" is not an ASQ result.`,
      '--asq',
      'negative, non-acute-positive or acute-positive',
    );
  }
  const symptoms = (values.symptom ?? [])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  const result = orUsage(
    triage({
      symptoms,
      ...(values.region ? { region: values.region } : {}),
      ...(asq ? { asq: asq as 'negative' } : {}),
      ...(values['phq9-item9'] === undefined
        ? {}
        : { phq9Item9: parseWholeNumber(values['phq9-item9'], '--phq9-item9', 0, 3, 'a PHQ-9 item score') }),
    }),
    { symptom: '--symptom', region: '--region' },
  );
  io.stdout(values.json ? printJson(result) : renderTriage(result));
  return EXIT.ok;
};
