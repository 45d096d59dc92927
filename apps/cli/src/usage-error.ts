import type { CoreError } from '@stepdown/core';

/** Bad command-line input: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly expected?: string,
  ) {
    super(message);
  }

  static from(error: CoreError, field = error.field): UsageError {
    return new UsageError(error.code, error.message, field, error.expected);
  }

  /** `stepdown: DOSE_UNIT_MISSING (--dose): "2" has no unit. Expected: mg, mcg or µg.` */
  toLine(): string {
    const where = this.field ? ` (${this.field})` : '';
    const expected = this.expected ? ` Expected: ${this.expected}.` : '';
    const message = /[.!?]$/.test(this.message) ? this.message : `${this.message}.`;
    return `stepdown: ${this.code}${where}: ${message}${expected}\n`;
  }
}
