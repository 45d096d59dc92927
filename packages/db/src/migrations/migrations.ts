import type { Migration } from 'kysely';
import { initial } from './0001-initial.js';
import { clinicInvites } from './0002-clinic-invites.js';
import { questionnaireSchedule } from './0003-questionnaire-schedule.js';
import { clientIds } from './0004-client-ids.js';
import { medicationRemoval } from './0005-medication-removal.js';
import { versionClientIds } from './0006-version-client-ids.js';

/**
 * Every migration, in order. Names sort in the order they run; a migration,
 * once released, is never edited: add a new one instead.
 */
export const migrations: Readonly<Record<string, Migration>> = Object.freeze({
  '0001-initial': initial,
  '0002-clinic-invites': clinicInvites,
  '0003-questionnaire-schedule': questionnaireSchedule,
  '0004-client-ids': clientIds,
  '0005-medication-removal': medicationRemoval,
  '0006-version-client-ids': versionClientIds,
});
