import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type CoreError, EQUIVALENCE_TABLE_IDS, type EquivalenceTableId, type Result } from '@stepdown/core';
import { UsageError } from './usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node's parser reads `--dose -0.5mg` as two flags. A negative number is a
 * value, so join it to its flag (`--dose=-0.5mg`) and let the value's own
 * check say it is negative; a bare negative number is refused here.
 */
const withNegativeValues = (args: readonly string[], options: Options): string[] => {
  const out: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    const next = args[index + 1];
    const takesValue = arg.startsWith('--') && !arg.includes('=') && options[arg.slice(2)]?.type === 'string';
    if (takesValue && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${arg}=${next}`);
      index++;
    } else if (/^-[\d.]/.test(arg)) {
      throw new UsageError('NEGATIVE_NUMBER', `"${arg}" is negative.`, 'arguments', 'a positive amount');
    } else {
      out.push(arg);
    }
  }
  return out;
};

/**
 * Parses a command's arguments strictly: an unknown flag or a missing value
 * becomes a UsageError naming the flag, instead of being ignored.
 */
export const parseCommandArgs = <O extends Options>(
  args: readonly string[],
  options: O,
  command: string,
): ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>> => {
  const normalised = withNegativeValues(args, options);
  try {
    return parseArgs({ args: normalised, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(-{1,2}[^'\s]+)/.exec(message)?.[1];
    const expected = `see 'stepdown ${command} --help'`;
    if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError('UNKNOWN_FLAG', `${flag ?? 'That flag'} is not a flag of 'stepdown ${command}'.`, flag, expected);
    }
    // Node's own wording, e.g. "Option '--dose <value>' argument missing", minus its multi-line advice.
    throw new UsageError('BAD_ARGUMENTS', (message.split(/\.\s|\n/)[0] ?? message).trim(), flag, expected);
  }
};

/**
 * Unwraps a core Result or throws it as a UsageError. `field` names the flag
 * at fault: a fixed name, or a map from core field names to flags.
 */
export const orUsage = <T>(result: Result<T, CoreError>, field?: string | Record<string, string>): T => {
  if (result.ok) return result.value;
  const core = result.error.field;
  const flag = typeof field === 'string' ? field : ((core !== undefined ? field?.[core] : undefined) ?? core);
  throw UsageError.from(result.error, flag);
};

/** A whole number within bounds, e.g. `--age 70`. */
export const parseWholeNumber = (text: string, flag: string, min: number, max: number, what: string): number => {
  const value = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw new UsageError('INVALID_NUMBER', `"${text}" is not ${what}.`, flag, `a whole number from ${min} to ${max}`);
  }
  return value;
};

/** Commands that take only flags refuse stray words, naming the first. */
export const rejectPositionals = (positionals: readonly string[], command: string): void => {
  if (positionals.length > 0) {
    throw new UsageError(
      'UNEXPECTED_ARGUMENT',
      `"${positionals[0]}" is not a flag.`,
      'arguments',
      `see 'stepdown ${command} --help'`,
    );
  }
};

/** `--source <table>`: one of the equivalence tables. */
export const parseEquivalenceTable = (text: string | undefined): EquivalenceTableId | undefined => {
  if (text === undefined) return undefined;
  if (!(EQUIVALENCE_TABLE_IDS as readonly string[]).includes(text)) {
    throw new UsageError(
      'EQUIVALENCE_TABLE_UNKNOWN',
      `"${text}" is not an equivalence table.`,
      '--source',
      EQUIVALENCE_TABLE_IDS.join(', '),
    );
  }
  return text as EquivalenceTableId;
};
