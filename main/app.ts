import packageJson from '../package.json';
import type { Clock, DesktopHost } from './app-context';
import { type OpenWorkspaceOptions, openWorkspace, type Workspace } from './db/workspace';
import { startOutboxWorker } from './email/outbox-worker';
import { fileSecretStore, type SecretStore } from './email/secret-store';
import { createEventBus, type EventBus } from './events/event-bus';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { handlers } from './ipc/handlers';
import { startCatchUp } from './recurring/catch-up';
import { startReminders } from './reminders/catch-up';

export interface App {
  dispatch: Dispatch;
  events: EventBus;
  workspace: Workspace;
  /** Settles once the catch-up of recurring invoices that runs when the app opens is done. */
  caughtUp: Promise<void>;
  /** Settles once the outbox worker has sent or rescheduled everything due and is waiting again. */
  outboxIdle: () => Promise<void>;
  /** Settles once the reminders and late fees due while the app was closed are decided. */
  remindersCaughtUp: Promise<void>;
  close: () => Promise<void>;
}

export interface StartAppOptions extends OpenWorkspaceOptions {
  clock?: Clock;
  log?: (error: unknown) => void;
  /** Where passwords are kept; a file in the data folder unless the host has the OS keychain. */
  secrets?: SecretStore;
  desktop?: DesktopHost;
}

/** Everything the main process is, without Electron: both hosts and the tests start here. */
export const startApp = async ({
  clock = () => new Date(),
  log = (error) => console.error(error),
  secrets: givenSecrets,
  desktop,
  ...workspaceOptions
}: StartAppOptions): Promise<App> => {
  const workspace = await openWorkspace({ now: clock(), ...workspaceOptions });
  const events = createEventBus();
  const secrets = givenSecrets ?? fileSecretStore(workspace.dataDir);
  const ctx = {
    db: workspace.db,
    clock,
    events,
    workspace,
    appVersion: packageJson.version,
    secrets,
    desktop,
  };
  const dispatch = createDispatch(handlers, ctx, log);
  // Not awaited: the window opens while missed invoices are made.
  const catchUp = startCatchUp(ctx, log);
  const reminders = startReminders(ctx, log);
  const outbox = startOutboxWorker(ctx, log);
  const close = async () => {
    await catchUp.stop();
    await reminders.stop();
    await outbox.stop();
    await workspace.close();
  };
  return {
    dispatch,
    events,
    workspace,
    caughtUp: catchUp.firstRun,
    remindersCaughtUp: reminders.firstRun,
    outboxIdle: outbox.idle,
    close,
  };
};
