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
  const seeded = seedWorkspace(workspace.sqlite, command);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Seeded ${seeded.contacts} contacts and ${seeded.companies} companies into ${workspace.file} in ${seconds} s (seed ${command.seed})`,
  );
} finally {
  await workspace.close();
}
