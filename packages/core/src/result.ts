/**
 * Expected failures are values, not exceptions: every core function that can
 * reject user input returns a Result whose error carries a stable code, the
 * offending field and what was expected, so the API and CLI can map it once.
 */
export interface CoreError {
  readonly code: string;
  readonly message: string;
  /** The input field at fault, e.g. `dose[1]` or `age`. */
  readonly field?: string;
  /** What would have been accepted, in plain words. */
  readonly expected?: string;
}

export type Result<T, E = CoreError> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const err = (code: string, message: string, details: { field?: string; expected?: string } = {}): Result<never> => ({
  ok: false,
  error: {
    code,
    message,
    ...(details.field === undefined ? {} : { field: details.field }),
    ...(details.expected === undefined ? {} : { expected: details.expected }),
  },
});

/** Re-labels the field of an error, e.g. when a parser is applied to `dose[2]`. */
export const withField = <T>(result: Result<T>, field: string): Result<T> =>
  result.ok ? result : { ok: false, error: { ...result.error, field } };
