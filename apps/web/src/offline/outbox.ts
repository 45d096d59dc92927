import { ApiError, api, NETWORK_ERROR } from '../api/client.js';
import { readList, writeJson } from './device-storage.js';

/**
 * Writes that must not be lost when the connection drops (dose logs, check-ins,
 * questionnaire responses). Each body carries a `clientId`, and the server keeps
 * one record per client id, so sending an item twice never records it twice.
 */
export interface OutboxItem {
  readonly path: string;
  readonly body: { readonly clientId: string } & Record<string, unknown>;
  readonly queuedAt: string;
}

export type PostResult<T> = { readonly queued: false; readonly result: T } | { readonly queued: true };

export const OUTBOX_STORAGE_KEY = 'stepdown.outbox';

/** How often waiting writes are retried while the app is open. */
export const OUTBOX_RETRY_MS = 10_000;

export const readOutbox = (): OutboxItem[] => readList<OutboxItem>(OUTBOX_STORAGE_KEY);

const writeOutbox = (items: readonly OutboxItem[]): void => {
  writeJson(OUTBOX_STORAGE_KEY, items);
  globalThis.dispatchEvent?.(new Event('stepdown:outbox'));
};

const enqueue = (item: OutboxItem): void => {
  const items = readOutbox().filter((queued) => queued.body.clientId !== item.body.clientId);
  writeOutbox([...items, item]);
};

/**
 * POSTs now; when the server cannot be reached the write waits in the outbox
 * (it survives a reload) and `flushOutbox` sends it later. Any answer from the
 * server, success or a problem, is returned or thrown as usual.
 */
export const postOrQueue = async <T>(path: string, body: OutboxItem['body']): Promise<PostResult<T>> => {
  try {
    return { queued: false, result: await api<T>(path, { method: 'POST', body }) };
  } catch (error) {
    if (error instanceof ApiError && error.code === NETWORK_ERROR) {
      enqueue({ path, body, queuedAt: new Date().toISOString() });
      return { queued: true };
    }
    throw error;
  }
};

/** A write the server refused after it had waited on the device, kept until the person has read why. */
export interface RefusedItem extends OutboxItem {
  readonly reason: string;
}

export const REFUSED_STORAGE_KEY = 'stepdown.outbox.refused';

export const readRefused = (): RefusedItem[] => readList<RefusedItem>(REFUSED_STORAGE_KEY);

const writeRefused = (items: readonly RefusedItem[]): void => {
  writeJson(REFUSED_STORAGE_KEY, items);
  globalThis.dispatchEvent?.(new Event('stepdown:outbox'));
};

/** The person has read about the refused writes: forget them. */
export const dismissRefused = (): void => writeRefused([]);

/**
 * Sends what is waiting, oldest first. Stops at the first network failure (still
 * offline); moves an item the server refused (a 4xx will not succeed on retry) to
 * the refused list, with the server's reason, so the app can tell the person.
 */
let flushing: Promise<{ sent: number; refused: number; waiting: number }> | undefined;

export const flushOutbox = (): Promise<{ sent: number; refused: number; waiting: number }> => {
  // One flush at a time: a second trigger (online + timer) joins the one in progress.
  flushing ??= sendWaiting().finally(() => {
    flushing = undefined;
  });
  return flushing;
};

const sendWaiting = async (): Promise<{ sent: number; refused: number; waiting: number }> => {
  let sent = 0;
  let refused = 0;
  for (const item of readOutbox()) {
    try {
      await api(item.path, { method: 'POST', body: item.body });
      sent++;
    } catch (error) {
      if (error instanceof ApiError && (error.code === NETWORK_ERROR || error.status >= 500)) break;
      refused++;
      writeRefused([...readRefused(), { ...item, reason: error instanceof Error ? error.message : String(error) }]);
    }
    writeOutbox(readOutbox().filter((queued) => queued.body.clientId !== item.body.clientId));
  }
  return { sent, refused, waiting: readOutbox().length };
};
