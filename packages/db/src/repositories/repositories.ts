import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { createAccountDeletionRepository } from './account-deletion.js';
import { createAdjustmentSuggestionsRepository } from './adjustment-suggestions.js';
import { createAlertsRepository } from './alerts.js';
import { createAuditRepository } from './audit.js';
import { createCalendarFeedsRepository } from './calendar-feeds.js';
import { createCareLinksRepository } from './care-links.js';
import { createClinicInvitesRepository } from './clinic-invites.js';
import { createClinicMembershipRepository } from './clinic-membership.js';
import { createClinicsRepository } from './clinics.js';
import { createDoseLogsRepository } from './dose-logs.js';
import { createIntakeRepository } from './intake.js';
import { createMedicationsRepository } from './medications.js';
import { createPasswordResetsRepository } from './password-resets.js';
import { createPatientsRepository } from './patients.js';
import { createPlanVersionsRepository } from './plan-versions.js';
import { createPlansRepository } from './plans.js';
import type { RepositoryDeps } from './repository-deps.js';
import { createResponsesRepository } from './responses.js';
import { createRosterFactsRepository } from './roster-facts.js';
import { createSessionsRepository } from './sessions.js';
import { createUsersRepository } from './users.js';

/** Every repository over one database (or one transaction: pass the `Transaction`). */
export const createRepositories = (db: Kysely<Database>, deps: RepositoryDeps) => ({
  users: createUsersRepository(db, deps),
  sessions: createSessionsRepository(db, deps),
  passwordResets: createPasswordResetsRepository(db, deps),
  clinics: createClinicsRepository(db, deps),
  patients: createPatientsRepository(db, deps),
  careLinks: createCareLinksRepository(db, deps),
  medications: createMedicationsRepository(db, deps),
  plans: createPlansRepository(db, deps),
  planVersions: createPlanVersionsRepository(db, deps),
  doseLogs: createDoseLogsRepository(db, deps),
  checkIns: createResponsesRepository(db, 'check_ins', deps),
  questionnaireResponses: createResponsesRepository(db, 'questionnaire_responses', deps),
  adjustmentSuggestions: createAdjustmentSuggestionsRepository(db, deps),
  alerts: createAlertsRepository(db, deps),
  intake: createIntakeRepository(db, deps),
  calendarFeeds: createCalendarFeedsRepository(db, deps),
  audit: createAuditRepository(db, deps),
  // Brief C: clinic invitations and membership, the roster, account deletion.
  clinicInvites: createClinicInvitesRepository(db, deps),
  clinicMembership: createClinicMembershipRepository(db, deps),
  rosterFacts: createRosterFactsRepository(db, deps),
  accountDeletion: createAccountDeletionRepository(db, deps),
});

export type Repositories = ReturnType<typeof createRepositories>;
