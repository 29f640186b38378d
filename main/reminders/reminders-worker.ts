/**
 * Test-only child process for reminders-process.test.ts: opens a workspace with its clock at `opensAt`,
 * prints "ready", and on a line from stdin moves its clock to `runAt`, runs the reminders and late fees
 * and prints "drafted N fees M" once done.
 *
 *   reminders-worker <dataDir> <opensAt> <runAt>
 */
import { once } from 'node:events';
import type { ReminderRunReport } from '../../shared/reminders';
import { startApp } from '../app';

const [dataDir = '', opensAt = '', runAt = ''] = process.argv.slice(2);
let now = opensAt;
const app = await startApp({ dataDir, clock: () => new Date(now), log: (error) => console.error(error) });
await app.remindersCaughtUp;
process.stdout.write('ready\n');
await once(process.stdin, 'data');
process.stdin.destroy();
now = runAt;
const result = await app.dispatch('reminders.runNow', {});
if (!result.ok) throw new Error(result.error.message);
const report = result.value as ReminderRunReport;
process.stdout.write(`drafted ${report.drafted} fees ${report.lateFees}\n`);
await app.close();
