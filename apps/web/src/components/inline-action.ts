import { useCallback, useRef, useState } from 'react';

export interface InlineAction {
  /** True while the request is out: disable the buttons that would start it again. */
  readonly busy: boolean;
  /** The last failure in plain words, for `InlineError`; cleared when the action runs again. */
  readonly error: string | undefined;
  /** Runs `action` unless one is already out; resolves true on success, false on failure or when ignored. */
  readonly run: (action: () => Promise<unknown>) => Promise<boolean>;
  readonly setError: (error: string | undefined) => void;
}

/**
 * One button's request (acknowledge, claim, remove…): busy while it is out, its
 * failure kept as text for the inline error. A ref, not the state, blocks a second
 * run, so a double tap within one frame cannot send the request twice.
 */
export const useInlineAction = (describe: (failure: unknown) => string): InlineAction => {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const inFlight = useRef(false);
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      if (inFlight.current) return false;
      inFlight.current = true;
      setBusy(true);
      setError(undefined);
      try {
        await action();
        return true;
      } catch (failure) {
        setError(describe(failure));
        return false;
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [describe],
  );
  return { busy, error, run, setError };
};
