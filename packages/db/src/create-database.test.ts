import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDatabase, DatabaseConfigError } from './create-database.js';

// Opening and using real databases is covered by database.test.ts; these are the refusals.
describe('createDatabase', () => {
  it('throws a clear DatabaseConfigError for an unusable URL, without the password', () => {
    expect(() => createDatabase({ url: 'mysql://root:hunter2@localhost/x' })).toThrow(DatabaseConfigError);
    expect(() => createDatabase({ url: 'mysql://root:hunter2@localhost/x' })).toThrow(
      /^Invalid database URL "mysql:\/\/root:\*\*\*@localhost\/x": The database URL scheme "mysql:" is not supported\. Expected a SQLite file path/,
    );
    expect(() => createDatabase({ url: '' })).toThrow(/The database URL is empty/);
  });

  it('refuses PostgreSQL-only options on SQLite and bad schema names', () => {
    expect(() => createDatabase({ url: ':memory:', schema: 'x' })).toThrow(/PostgreSQL only/);
    expect(() => createDatabase({ url: 'postgres://localhost/x', schema: 'a;drop' })).toThrow(/schema name/);
  });

  it('names the file and the reason when SQLite cannot open it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'stepdown-db-'));
    try {
      const file = join(folder, 'not-a-db.sqlite');
      writeFileSync(file, 'plain text, not SQLite. '.repeat(100));
      expect(() => createDatabase({ url: file })).toThrow(
        /^Cannot open the SQLite database ".*not-a-db\.sqlite": file is not a database/,
      );
      expect(() => createDatabase({ url: folder })).toThrow(DatabaseConfigError);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
