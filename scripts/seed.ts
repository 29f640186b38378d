import { performance } from 'node:perf_hooks';
import { openWorkspace } from '../main/db/workspace';
import { readSeedCommand, seedUsage, UsageError } from '../main/seed/cli-options';
import { seedWorkspace } from '../main/seed/seed-workspace';

const readCommand = () => {
  try {
    return readSeedCommand(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${seedUsage}`);
    process.exit(2);
  }
};

const command = readCommand();
const started = performance.now();
// Opening migrates the file first, so seeding works on a new folder and on one an older version left.
const workspace = await openWorkspace({ dataDir: command.dataDir, now: command.now });
try {
  const seeded = await seedWorkspace(workspace, command);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const counts = Object.entries(seeded)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  console.log(`Seeded ${counts} into ${workspace.file} in ${seconds} s (seed ${command.seed})`);
} finally {
  await workspace.close();
}
