import type { App } from '../main/app';
import type { SeedResult } from '../main/seed/seed-workspace';
import type { Figures } from './figures';

export interface BenchContext {
  /** The open app; a suite that reopens the workspace leaves its last app here for the next. */
  app: App;
  dataDir: string;
  contacts: number;
  /** What the run seeded once at the start, shared by every suite. */
  seeded: SeedResult;
  figures: Figures;
  progress: (line: string) => void;
}

/** One group of figures. Add a suite to the list in run.ts to add figures. */
export interface Suite {
  name: string;
  run: (ctx: BenchContext) => Promise<void>;
}
