import type { ExitCode, Io } from '../io.js';
import { EXIT } from '../io.js';
import { checkCommand } from './check.js';
import { convertCommand } from './convert.js';
import { drugsCommand } from './drugs.js';

/** What `npm start` shows until the server exists: a short guided tour of the commands. */
export const demoCommand = (io: Io): ExitCode => {
  const step = (title: string, command: string, run: () => unknown): void => {
    io.stdout(`\n━━ ${title}\n$ stepdown ${command}\n\n`);
    run();
  };
  io.stdout(
    [
      'Stepdown — planning and following a safe, supervised benzodiazepine taper.',
      'Decision support for use with a prescriber. Never stop a benzodiazepine abruptly: it can cause seizures.',
      '',
      'This tour runs three commands on example data. Try them yourself with `npx stepdown <command> --help`.',
    ].join('\n'),
  );
  step('What Stepdown knows about a drug', 'drugs', () => drugsCommand([], io));
  step('Converting between benzodiazepines (tables disagree, so you get a range)', 'convert 1 mg clonazepam --to diazepam', () =>
    convertCommand(['1', 'mg', 'clonazepam', '--to', 'diazepam'], io),
  );
  step(
    'Checking a regimen',
    'check --drug clonazepam --indication panic --dose 0.5mg@08:00 --dose 1mg@22:00 --age 70 --used-for 2y --with opioids',
    () =>
      checkCommand(
        [
          '--drug',
          'clonazepam',
          '--indication',
          'panic',
          '--dose',
          '0.5mg@08:00',
          '--dose',
          '1mg@22:00',
          '--age',
          '70',
          '--used-for',
          '2y',
          '--with',
          'opioids',
        ],
        io,
      ),
  );
  io.stdout('\nMore: npx stepdown help\n');
  return EXIT.ok;
};
