import { err, ok, type Result } from '@stepdown/core';

/** Where the data lives: a SQLite file, an in-memory SQLite database, or a PostgreSQL server. */
export type DatabaseTarget =
  | { readonly engine: 'sqlite'; readonly filename: string }
  | { readonly engine: 'sqlite'; readonly filename: ':memory:' }
  | { readonly engine: 'postgres'; readonly connectionString: string };

const EXPECTED = 'a SQLite file path (e.g. ./data/stepdown.db), :memory:, or postgres://user:password@host:5432/database';

/**
 * Reads a `DATABASE_URL`. `postgres://` and `postgresql://` URLs go to
 * PostgreSQL, `:memory:` to a private in-memory SQLite database, and anything
 * else that is not a URL is a SQLite file path (relative to the working
 * directory). Any other scheme (`mysql://`, `file:`, `sqlite:`) is refused
 * rather than taken for a file name.
 */
export const parseDatabaseUrl = (url: string): Result<DatabaseTarget> => {
  const text = url.trim();
  if (text === '') return err('DATABASE_URL_EMPTY', 'The database URL is empty.', { field: 'DATABASE_URL', expected: EXPECTED });
  if (text === ':memory:') return ok({ engine: 'sqlite', filename: ':memory:' });
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1];
  // A one-letter "scheme" is a Windows drive (C:\data\stepdown.db), not a URL.
  if (scheme !== undefined && scheme.length > 1) {
    if (!/^postgres(ql)?$/i.test(scheme)) {
      return err('DATABASE_URL_SCHEME', `The database URL scheme "${scheme}:" is not supported.`, {
        field: 'DATABASE_URL',
        expected: EXPECTED,
      });
    }
    let parsed: URL;
    try {
      parsed = new URL(text);
    } catch {
      return err('DATABASE_URL_INVALID', 'The PostgreSQL URL could not be parsed.', {
        field: 'DATABASE_URL',
        expected: EXPECTED,
      });
    }
    if (parsed.hostname === '' && !parsed.searchParams.has('host')) {
      return err('DATABASE_URL_INVALID', 'The PostgreSQL URL names no host.', { field: 'DATABASE_URL', expected: EXPECTED });
    }
    return ok({ engine: 'postgres', connectionString: text });
  }
  if (text.endsWith('/') || text.endsWith('\\')) {
    return err('DATABASE_URL_INVALID', `"${text}" is a folder, not a SQLite file.`, {
      field: 'DATABASE_URL',
      expected: EXPECTED,
    });
  }
  return ok({ engine: 'sqlite', filename: text });
};

/** The URL with any password replaced by `***`, for logs and error messages. */
export const redactDatabaseUrl = (url: string): string => url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
