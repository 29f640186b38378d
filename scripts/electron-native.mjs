// postinstall: builds a copy of better-sqlite3 for Electron's ABI in .electron-native/, which
// main/electron/native-binding.ts loads when Electron runs from the project folder. The package in
// node_modules keeps its Node build, which the tests and the web host need.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { electronBinary, electronVersion, projectRoot } from './electron-binary.mjs';

const log = (message) => console.log(`electron-native: ${message}`);

if (!electronBinary()) {
  log(
    'Electron binary not installed; skipping the Electron build of better-sqlite3 (tests and the web host use the Node build).',
  );
  process.exit(0);
}

const requireFromProject = createRequire(join(projectRoot, 'package.json'));
const source = dirname(requireFromProject.resolve('better-sqlite3/package.json'));
const target = join(projectRoot, '.electron-native', 'better-sqlite3');
const binding = join(target, 'build', 'Release', 'better_sqlite3.node');
const stampFile = join(target, 'electron-native.json');

const stamp = {
  electron: electronVersion(),
  betterSqlite3: JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')).version,
  platform: process.platform,
  arch: process.arch,
};

const readStamp = () => {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return undefined;
  }
};

const previous = readStamp();
if (
  existsSync(binding) &&
  previous &&
  Object.entries(stamp).every(([key, value]) => previous[key] === value)
) {
  log(`better-sqlite3 ${stamp.betterSqlite3} is already built for Electron ${stamp.electron}.`);
  process.exit(0);
}

log(
  `building better-sqlite3 ${stamp.betterSqlite3} for Electron ${stamp.electron} in ${relative(projectRoot, target)}`,
);
rmSync(target, { recursive: true, force: true });
cpSync(source, target, {
  recursive: true,
  filter: (file) => relative(source, file).split(sep)[0] !== 'build',
});

const electronHeaders = 'https://electronjs.org/headers';
const env = {
  ...process.env,
  npm_config_runtime: 'electron',
  npm_config_target: stamp.electron,
  npm_config_disturl: electronHeaders,
};
for (const key of Object.keys(env)) {
  // An npmrc nodedir points node-gyp at Node's headers, which would build for the wrong ABI, and
  // npm_package_* describe this project, not better-sqlite3 (prebuild-install reads its origin there).
  if (key.toLowerCase() === 'npm_config_nodedir' || key.startsWith('npm_package_')) delete env[key];
}

// better-sqlite3's own install script, `prebuild-install || node-gyp rebuild --release`, run without
// npm so that no npmrc setting is put back into the environment.
const run = (script, args) =>
  spawnSync(process.execPath, [script, ...args], { cwd: target, env, stdio: 'inherit' }).status === 0;

const requireFromPackage = createRequire(join(source, 'package.json'));
const prebuilt = run(requireFromPackage.resolve('prebuild-install/bin.js'), [
  '--runtime=electron',
  `--target=${stamp.electron}`,
]);
const built =
  prebuilt ||
  run(process.env.npm_config_node_gyp || requireFromProject.resolve('node-gyp/bin/node-gyp.js'), [
    'rebuild',
    '--release',
    `--target=${stamp.electron}`,
    `--dist-url=${electronHeaders}`,
    // Electron's headers are cached apart from Node's, as Electron's docs do it.
    `--devdir=${join(homedir(), '.electron-gyp')}`,
  ]);

if (!built || !existsSync(binding)) {
  console.error(
    `electron-native: could not build better-sqlite3 for Electron ${stamp.electron}; Electron will not open the database until \`node scripts/electron-native.mjs\` succeeds.`,
  );
  process.exit(1);
}
writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
log(`done: ${relative(projectRoot, binding)}`);
