import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

/** The Help screen asks for the clinic directory (its "Ask a clinic" section): here it lists none. */
export const withEmptyClinicDirectory = (): void => {
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ clinics: [] }), { status: 200, headers: { 'content-type': 'application/json' } }),
      ),
    );
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
};
