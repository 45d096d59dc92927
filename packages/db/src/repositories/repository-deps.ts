import { randomFillSync } from 'node:crypto';
import { createUuidV7 } from '../uuidv7.js';

/** What every repository is given besides the database: no hidden clock or randomness. */
export interface RepositoryDeps {
  readonly clock: () => Date;
  /** Makes a new primary key (UUIDv7). */
  readonly ids: () => string;
}

/** The real clock and UUIDv7 ids from the system's random source. */
export const systemRepositoryDeps = (): RepositoryDeps => {
  const clock = () => new Date();
  return { clock, ids: createUuidV7({ clock, random: (bytes) => randomFillSync(bytes) }) };
};
