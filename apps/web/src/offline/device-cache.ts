import type { TodayView, User } from '../api/client.js';
import { deviceStorage, readJson, writeJson } from './device-storage.js';
import { readOutbox } from './outbox.js';

/**
 * The little the app keeps on the device so Today opens without a connection:
 * who is signed in and the last Today answer. Cleared on sign-out, so the next
 * person on a shared phone sees nothing of it.
 */
const USER_KEY = 'stepdown.user';
const TODAY_KEY = 'stepdown.today';

const read = <T>(key: string): T | undefined => readJson(key) as T | undefined;

const write = (key: string, value: unknown): void => {
  try {
    writeJson(key, value);
  } catch {
    // A full or disabled storage only costs the offline copy.
  }
};

export const rememberUser = (user: User): void => write(USER_KEY, user);
export const rememberedUser = (): User | undefined => read<User>(USER_KEY);

export interface CachedToday {
  readonly patientId: string;
  readonly view: TodayView;
}

export const rememberToday = (today: CachedToday): void => write(TODAY_KEY, today);
export const rememberedToday = (): CachedToday | undefined => read<CachedToday>(TODAY_KEY);

/** Sign-out: forget everything this device kept about the person. */
export const forgetDevice = (): void => {
  for (const key of [USER_KEY, TODAY_KEY, 'stepdown.outbox', 'stepdown.outbox.refused']) deviceStorage()?.removeItem(key);
};

/** Dose statuses waiting in the outbox for this patient and day, keyed like Today's cards (`time|drug`). */
export const queuedDoseStatuses = (patientId: string, date: string): Readonly<Record<string, string>> => {
  const statuses: Record<string, string> = {};
  for (const item of readOutbox()) {
    if (item.path !== `/patients/${encodeURIComponent(patientId)}/dose-logs`) continue;
    const { date: day, plannedTime, drug, status } = item.body as Record<string, unknown>;
    if (day === date && typeof plannedTime === 'string' && typeof drug === 'string' && typeof status === 'string')
      statuses[`${plannedTime}|${drug}`] = status;
  }
  return statuses;
};
