/**
 * The PostgreSQL introspector reads only the current schema, so the migrator is not thrown by other
 * databases on the same server (another schema dropping a column while this one migrates).
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDatabase, migrate } from './index.js';

const pgUrl = process.env.STEPDOWN_TEST_PG;

describe.skipIf(!pgUrl)('the PostgreSQL introspector', () => {
  it('lists the current schema’s tables only, and migrating ignores a column dropped in another schema meanwhile', async () => {
    const url = pgUrl as string;
    const ours = `t_${randomBytes(8).toString('hex')}`;
    const theirs = `t_${randomBytes(8).toString('hex')}`;
    const admin = createDatabase({ url });
    await sql`create schema ${sql.id(ours)}`.execute(admin.db);
    await sql`create schema ${sql.id(theirs)}`.execute(admin.db);
    await sql`create table ${sql.id(theirs, 'medications')} (id text primary key, removed_at text)`.execute(admin.db);
    const db = createDatabase({ url, schema: ours });
    try {
      // Another session drops and adds a column over and over while this database migrates.
      let churning = true;
      const churn = (async () => {
        while (churning) {
          await sql`alter table ${sql.id(theirs, 'medications')} drop column removed_at`.execute(admin.db);
          await sql`alter table ${sql.id(theirs, 'medications')} add column removed_at text`.execute(admin.db);
        }
      })();
      await migrate(db.db);
      churning = false;
      await churn;
      const tables = await db.db.introspection.getTables({ withInternalKyselyTables: true });
      expect(new Set(tables.map((t) => t.schema))).toEqual(new Set([ours]));
      expect(tables.map((t) => t.name)).toContain('kysely_migration');
      expect(tables.find((t) => t.name === 'medications')?.columns.map((c) => c.name)).toContain('removed_at');
    } finally {
      await db.close();
      await sql`drop schema ${sql.id(ours)} cascade`.execute(admin.db);
      await sql`drop schema ${sql.id(theirs)} cascade`.execute(admin.db);
      await admin.close();
    }
  });
});
