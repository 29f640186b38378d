export interface HourlyRun {
  /** The run when the app opened; settles (never rejects) once done. */
  firstRun: Promise<void>;
  stop: () => Promise<void>;
}

const hourMs = 3_600_000;

/**
 * Runs `work` once now and then every hour while the app runs, one run at a time. Errors are logged, never
 * thrown: the app opens and stays open whatever the work meets. Stopping aborts the signal and waits for
 * the run under way, which stops between its steps.
 */
export const startHourlyRun = (
  work: (signal: AbortSignal) => Promise<unknown>,
  log: (error: unknown) => void,
): HourlyRun => {
  const stopping = new AbortController();
  let running = Promise.resolve();
  const run = () => {
    running = running.then(async () => {
      if (stopping.signal.aborted) return;
      await work(stopping.signal).catch(log);
    });
    return running;
  };
  const firstRun = run();
  const timer = setInterval(run, hourMs);
  timer.unref();
  return {
    firstRun,
    stop: async () => {
      stopping.abort();
      clearInterval(timer);
      await running;
    },
  };
};
