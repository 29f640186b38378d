// `npm start`: builds, then opens the Electron app, or serves the web host where Electron's binary is
// not installed. Extra arguments (e.g. --data-dir) are passed to whichever runs.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronBinary, projectRoot } from './electron-binary.mjs';

const args = process.argv.slice(2);

const npm = process.env.npm_execpath
  ? { command: process.execPath, args: [process.env.npm_execpath] }
  : { command: 'npm', args: [] };
const build = spawnSync(npm.command, [...npm.args, 'run', 'build'], {
  cwd: projectRoot,
  stdio: 'inherit',
  shell: npm.command === 'npm' && process.platform === 'win32',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = electronBinary();
if (!binary) {
  console.log('start: the Electron binary is not installed; serving the web host instead.');
}
const env = { ...process.env };
// Set by some editors' terminals; it would make Electron run as plain Node.
delete env.ELECTRON_RUN_AS_NODE;

const child = binary
  ? spawn(binary, [projectRoot, ...args], { stdio: 'inherit', env })
  : spawn(process.execPath, [join(projectRoot, 'dist', 'main', 'web-host.cjs'), ...args], {
      stdio: 'inherit',
      env,
    });

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('error', (error) => {
  console.error(`start: could not run ${binary ?? 'the web host'}: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
