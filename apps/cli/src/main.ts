import { ASSESS_HELP, assessCommand } from './commands/assess.js';
import { CARE_HELP, careCommand } from './commands/care.js';
import { CHECK_HELP, checkCommand } from './commands/check.js';
import { CONVERT_HELP, convertCommand } from './commands/convert.js';
import { demoCommand } from './commands/demo.js';
import { DRUGS_HELP, drugsCommand } from './commands/drugs.js';
import { LEARN_HELP, learnCommand } from './commands/learn.js';
import { PLAN_HELP, planCommand } from './commands/plan.js';
import { SIMULATE_HELP, simulateCommand } from './commands/simulate.js';
import { TRIAGE_HELP, triageCommand } from './commands/triage.js';
import { EXIT, type ExitCode, type Io } from './io.js';
import { UsageError } from './usage-error.js';

export type { Io } from './io.js';

const VERSION = '0.1.0';

export const HELP = `stepdown ${VERSION} — decision support for a safe, supervised benzodiazepine taper

Usage: stepdown <command> [options]

Commands:
  drugs [name]                         list drugs, or show one in full
  convert <amount> <unit> <drug> --to  equivalent dose of another benzodiazepine
  check --drug --indication --dose     check a regimen against the label and guideline
  plan --drug --dose                   plan a gradual taper, step by step
  simulate --drug --dose               modelled blood levels over a plan (teaching aid)
  assess <questionnaire>               SDS, DSM-5-based checklist, BWSQ, CIWA-B, PHQ-9, GAD-7, ASQ, check-in
  triage --symptom … --region …        what to do now: emergency, urgent or routine, and where to get help
  care --dose-de … --history …         suggested level of care, with the criteria
  learn [article]                      plain-language articles
  demo                                 a short guided tour
  help [command]                       this help, or a command's

Exit codes: 0 ok · 1 a dose check found an error · 2 bad input.
Stepdown supports a prescriber's decision; it does not prescribe. Never stop a benzodiazepine abruptly.
`;

const COMMANDS: Record<string, { run: (args: readonly string[], io: Io) => ExitCode | Promise<ExitCode>; help: string }> = {
  drugs: { run: drugsCommand, help: DRUGS_HELP },
  convert: { run: convertCommand, help: CONVERT_HELP },
  check: { run: checkCommand, help: CHECK_HELP },
  plan: { run: planCommand, help: PLAN_HELP },
  simulate: { run: simulateCommand, help: SIMULATE_HELP },
  assess: { run: (args, io) => assessCommand(args, io, io.stdin), help: ASSESS_HELP },
  triage: { run: triageCommand, help: TRIAGE_HELP },
  care: { run: careCommand, help: CARE_HELP },
  learn: { run: learnCommand, help: LEARN_HELP },
  demo: {
    run: (_args, io) => demoCommand(io),
    help: 'Usage: stepdown demo\n\nA short guided tour of the commands on example data.\n',
  },
};

/** Runs the CLI; returns the exit code. Never throws for bad input: it prints one line and returns 2. */
export const main = async (argv: readonly string[], io: Io): Promise<ExitCode> => {
  const [command, ...args] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      const topic = command === 'help' && args[0] ? COMMANDS[args[0]] : undefined;
      io.stdout(topic ? topic.help : HELP);
      return EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    const entry = COMMANDS[command];
    if (!entry) {
      throw new UsageError(
        'UNKNOWN_COMMAND',
        `"${command}" is not a stepdown command.`,
        'command',
        Object.keys(COMMANDS).join(', '),
      );
    }
    return await entry.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(error.toLine());
      return EXIT.usage;
    }
    throw error;
  }
};
