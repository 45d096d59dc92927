/** Where a command reads and writes; injected so tests and the binary share one code path. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTty: boolean;
  /** Where interactive answers come from (the process's stdin for the binary). */
  readonly stdin?: NodeJS.ReadableStream;
}

/** Exit codes: 0 fine, 1 a dose check found an error, 2 the input was wrong. */
export const EXIT = { ok: 0, findingError: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
