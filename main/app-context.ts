import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import type { Workspace } from './db/workspace';
import type { SecretStore } from './email/secret-store';
import type { EventBus } from './events/event-bus';

export type Clock = () => Date;

/** What only a desktop host can do; the web host has none of it. */
export interface DesktopHost {
  /** Opens a file with the system's app for its type; resolves to '' or the reason it could not. */
  openPath: (path: string) => Promise<string>;
}

/** What every handler gets: the database, an injectable clock, and the event bus. */
export interface AppContext {
  db: Kysely<Database>;
  clock: Clock;
  events: EventBus;
  workspace: Pick<Workspace, 'dataDir' | 'file' | 'migration'>;
  appVersion: string;
  /** Passwords, kept outside the database. */
  secrets: SecretStore;
  desktop?: DesktopHost;
}
