import type { Repositories } from '@stepdown/db';
import type { EventBus } from './events.js';

/** What the routes over stored records are given. */
export interface RouteDeps {
  readonly repositories: Repositories;
  readonly clock: () => Date;
  readonly events: EventBus;
}
