/**
 * Test-only child process for catch-up-process.test.ts: opens a workspace with its clock at `opensAt`
 * (opening catches up), prints "ready", and on a line from stdin moves its clock to `catchUpAt`, runs
 * catch-up and prints "created N" once it has returned.
 *
 *   catch-up-worker <dataDir> <opensAt> <catchUpAt>
 */
import { once } from 'node:events';
import type { CatchUpReport } from '../../shared/schedules';
import { startApp } from '../app';

const [dataDir = '', opensAt = '', catchUpAt = ''] = process.argv.slice(2);
let now = opensAt;
const app = await startApp({ dataDir, clock: () => new Date(now), log: (error) => console.error(error) });
await app.caughtUp;
process.stdout.write('ready\n');
await once(process.stdin, 'data');
process.stdin.destroy();
now = catchUpAt;
const result = await app.dispatch('schedules.runNow', {});
if (!result.ok) throw new Error(result.error.message);
process.stdout.write(`created ${(result.value as CatchUpReport).created}\n`);
await app.close();
