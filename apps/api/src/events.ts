/** Something that happened to a patient's record, for open screens (Server-Sent Events). */
export interface LiveEvent {
  /** e.g. `alert`, `check-in`, `dose-log`, `plan-version`, `suggestion`. */
  readonly type: string;
  readonly patientId: string;
  /** What the screen needs to update itself; never more than the event's own record. */
  readonly data: unknown;
}

export interface EventBus {
  publish(event: LiveEvent): void;
  /** Returns the function that unsubscribes. */
  subscribe(listener: (event: LiveEvent) => void): () => void;
}

/**
 * In-process publish/subscribe. One server process owns its open streams; a
 * deployment with several processes would put a shared channel (PostgreSQL
 * LISTEN/NOTIFY) behind the same interface.
 */
export const createEventBus = (): EventBus => {
  const listeners = new Set<(event: LiveEvent) => void>();
  return {
    publish(event) {
      for (const listener of listeners) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
