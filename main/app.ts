import packageJson from '../package.json';
import type { Clock } from './app-context';
import { type OpenWorkspaceOptions, openWorkspace, type Workspace } from './db/workspace';
import { createEventBus, type EventBus } from './events/event-bus';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { handlers } from './ipc/handlers';

export interface App {
  dispatch: Dispatch;
  events: EventBus;
  workspace: Workspace;
  close: () => Promise<void>;
}

export interface StartAppOptions extends OpenWorkspaceOptions {
  clock?: Clock;
  log?: (error: unknown) => void;
}

/** Everything the main process is, without Electron: both hosts and the tests start here. */
export const startApp = async ({
  clock = () => new Date(),
  log = (error) => console.error(error),
  ...workspaceOptions
}: StartAppOptions): Promise<App> => {
  const workspace = await openWorkspace({ now: clock(), ...workspaceOptions });
  const events = createEventBus();
  const dispatch = createDispatch(
    handlers,
    { db: workspace.db, clock, events, workspace, appVersion: packageJson.version },
    log,
  );
  return { dispatch, events, workspace, close: workspace.close };
};
