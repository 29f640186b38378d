import packageJson from '../package.json';
import type { Clock, DesktopHost } from './app-context';
import { type OpenWorkspaceOptions, openWorkspace, type Workspace } from './db/workspace';
import { createEventBus, type EventBus } from './events/event-bus';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { handlers } from './ipc/handlers';
import { startCatchUp } from './recurring/catch-up';

export interface App {
  dispatch: Dispatch;
  events: EventBus;
  workspace: Workspace;
  /** Settles once the catch-up of recurring invoices that runs when the app opens is done. */
  caughtUp: Promise<void>;
  close: () => Promise<void>;
}

export interface StartAppOptions extends OpenWorkspaceOptions {
  clock?: Clock;
  log?: (error: unknown) => void;
  desktop?: DesktopHost;
}

/** Everything the main process is, without Electron: both hosts and the tests start here. */
export const startApp = async ({
  clock = () => new Date(),
  log = (error) => console.error(error),
  desktop,
  ...workspaceOptions
}: StartAppOptions): Promise<App> => {
  const workspace = await openWorkspace({ now: clock(), ...workspaceOptions });
  const events = createEventBus();
  const ctx = { db: workspace.db, clock, events, workspace, appVersion: packageJson.version, desktop };
  const dispatch = createDispatch(handlers, ctx, log);
  // Not awaited: the window opens while missed invoices are made.
  const catchUp = startCatchUp(ctx, log);
  const close = async () => {
    await catchUp.stop();
    await workspace.close();
  };
  return { dispatch, events, workspace, caughtUp: catchUp.firstRun, close };
};
