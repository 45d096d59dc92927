import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl, redactDatabaseUrl } from './database-url.js';

describe('parseDatabaseUrl', () => {
  it.each([
    ['./data/stepdown.db', { engine: 'sqlite', filename: './data/stepdown.db' }],
    ['/var/lib/stepdown/db.sqlite', { engine: 'sqlite', filename: '/var/lib/stepdown/db.sqlite' }],
    ['C:\\stepdown\\db.sqlite', { engine: 'sqlite', filename: 'C:\\stepdown\\db.sqlite' }],
    [':memory:', { engine: 'sqlite', filename: ':memory:' }],
    ['postgres://u:p@db:5432/stepdown', { engine: 'postgres', connectionString: 'postgres://u:p@db:5432/stepdown' }],
    ['postgresql://localhost/stepdown', { engine: 'postgres', connectionString: 'postgresql://localhost/stepdown' }],
  ])('%s', (url, expected) => {
    expect(parseDatabaseUrl(url)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'DATABASE_URL_EMPTY'],
    ['   ', 'DATABASE_URL_EMPTY'],
    ['mysql://localhost/stepdown', 'DATABASE_URL_SCHEME'],
    ['sqlite:./data/x.db', 'DATABASE_URL_SCHEME'],
    ['postgres://', 'DATABASE_URL_INVALID'],
    ['./data/', 'DATABASE_URL_INVALID'],
  ])('refuses %j with %s', (url, code) => {
    const result = parseDatabaseUrl(url);
    expect(result.ok ? undefined : result.error.code).toBe(code);
  });

  it('hides passwords when printing a URL', () => {
    expect(redactDatabaseUrl('postgres://stepdown:s3cret@db:5432/x')).toBe('postgres://stepdown:***@db:5432/x');
    expect(redactDatabaseUrl('./data/stepdown.db')).toBe('./data/stepdown.db');
  });
});
