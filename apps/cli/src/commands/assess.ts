import { createInterface } from 'node:readline/promises';
import {
  type Answers,
  findInstrument,
  INSTRUMENTS,
  type Instrument,
  type QuestionItem,
  type Score,
  scoreInstrument,
} from '@stepdown/core';
import { orUsage, parseCommandArgs } from '../args.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { printJson } from '../json.js';
import { UsageError } from '../usage-error.js';

export const ASSESS_HELP = `Usage: stepdown assess <instrument> [--answers a,b,c…] [--cut-off 6|7] [--json]

Questionnaires: ${INSTRUMENTS.map((i) => `${i.id} (${i.shortTitle})`).join(', ')}.
On a terminal it asks each question; otherwise give the answers in order with --answers
(numbers for choices, yes/no for yes-no questions). Prints the score, its band and what
it triggers (another questionnaire, or urgent help).

Examples:
  stepdown assess phq9 --answers 1,1,2,0,1,0,1,0,1
  stepdown assess asq --answers no,no,yes,no,no
  stepdown assess sds --answers 2,2,1,1,1 --cut-off 6
`;

const optionsText = (item: QuestionItem): string => {
  switch (item.kind) {
    case 'choice':
      return item.options.map((o) => `${o.value}=${o.label}`).join(', ');
    case 'yes-no':
      return 'yes/no';
    case 'number':
      return `${item.min}–${item.max} ${item.unit}`;
    case 'text':
      return 'text, or leave empty';
  }
};

const askedItems = (instrument: Instrument, answers: Record<string, string>): QuestionItem[] =>
  instrument.items.filter(
    (item) =>
      !item.enableWhen ||
      item.enableWhen.anyOf.some((rule) => rule.values.some((v) => /^(1|y|yes)$/i.test(answers[rule.item] ?? '') && v === 1)),
  );

/** Maps a comma-separated list onto the items in order; a trailing text item takes the rest. */
const answersFromList = (instrument: Instrument, list: string): Answers => {
  const parts = list.split(',').map((part) => part.trim());
  const answers: Record<string, string> = {};
  for (const item of instrument.items) {
    if (!askedItems(instrument, answers).includes(item)) continue;
    if (parts.length === 0) break;
    answers[item.id] = item.kind === 'text' ? parts.splice(0).join(', ') : (parts.shift() ?? '');
  }
  if (parts.some((part) => part !== '')) {
    throw new UsageError(
      'TOO_MANY_ANSWERS',
      `More answers than ${instrument.shortTitle} has questions.`,
      '--answers',
      `${instrument.items.length} answers at most`,
    );
  }
  return answers;
};

const askInteractively = async (instrument: Instrument, io: Io, input: NodeJS.ReadableStream): Promise<Answers> => {
  // Lines are read in order from one iterator, so answers typed (or piped) ahead are never lost.
  const rl = createInterface({ input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const answers: Record<string, string> = {};
  try {
    io.stdout(`${instrument.title}\n${instrument.intro}\n\n`);
    for (const item of instrument.items) {
      if (!askedItems(instrument, answers).includes(item)) continue;
      io.stdout(`${item.text}\n  [${optionsText(item)}] > `);
      const line = await lines.next();
      if (line.done)
        throw new UsageError(
          'ANSWERS_INCOMPLETE',
          'The questionnaire ended before every question was answered.',
          item.id,
          optionsText(item),
        );
      answers[item.id] = String(line.value).trim();
      io.stdout('\n');
    }
  } finally {
    rl.close();
  }
  return answers;
};

export const renderScore = (instrument: Instrument, score: Score): string => {
  const lines = [
    `${instrument.title}`,
    ...(score.total === null
      ? score.band
        ? []
        : ['No total: a diary for following how you are.']
      : [`Score: ${score.total}${score.range ? ` (range ${score.range.min}–${score.range.max})` : ''}`]),
    ...(score.band
      ? [`Result: ${score.band.label} [${score.band.source}${score.band.confidence === 'low' ? ', low confidence' : ''}]`]
      : []),
    ...(instrument.bands.length === 0 && score.total !== null && !score.band
      ? ['No validated cut-offs: follow the change over time.']
      : []),
    ...score.flags.map((f) => `! ${f.message}`),
    ...score.triggers.map((t) =>
      t.kind === 'triage'
        ? `${t.urgency === 'emergency' ? '!!! EMERGENCY' : '!! URGENT'}: ${t.reason}. Run: stepdown triage --region <US|UK|CA|AU|EU>`
        : `Next: ${t.reason} — stepdown assess ${t.instrumentId}`,
    ),
    '',
    `${instrument.wording === 'official' ? 'Official wording' : 'Stepdown wording'}. ${instrument.licence}`,
  ];
  return `${lines.join('\n')}\n`;
};

export const assessCommand = async (args: readonly string[], io: Io, stdin?: NodeJS.ReadableStream): Promise<ExitCode> => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      answers: { type: 'string' },
      'cut-off': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'assess',
  );
  if (values.help) {
    io.stdout(ASSESS_HELP);
    return EXIT.ok;
  }
  const id = positionals[0];
  if (!id)
    throw new UsageError(
      'INSTRUMENT_MISSING',
      'assess needs a questionnaire.',
      'instrument',
      INSTRUMENTS.map((i) => i.id).join(', '),
    );
  const instrument = orUsage(findInstrument(id), 'instrument');
  const cutOff = values['cut-off'];
  if (cutOff !== undefined && cutOff !== '6' && cutOff !== '7')
    throw new UsageError('CUT_OFF_INVALID', `"${cutOff}" is not an SDS cut-off.`, '--cut-off', '6 or 7');
  let answers: Answers;
  if (values.answers !== undefined) answers = answersFromList(instrument, values.answers);
  else if (io.isTty && stdin) answers = await askInteractively(instrument, io, stdin);
  else
    throw new UsageError(
      'ANSWERS_REQUIRED',
      'No terminal to ask on: give the answers.',
      '--answers',
      `${instrument.items.length} answers in order, e.g. --answers ${instrument.items.map(() => '0').join(',')}`,
    );
  const score = orUsage(scoreInstrument(instrument, answers, cutOff ? { sdsCutOff: Number(cutOff) as 6 | 7 } : {}), undefined);
  io.stdout(values.json ? printJson({ instrument: instrument.id, ...score }) : renderScore(instrument, score));
  return EXIT.ok;
};
