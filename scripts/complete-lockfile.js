#!/usr/bin/env node
// The npm registry reachable from this project's machines omits some platform-specific builds of native
// packages (darwin, win32, other CPUs). `npm install` then leaves them out of package-lock.json, and
// `npm ci` refuses the lock as incomplete. This adds an entry for each such optional dependency with its
// platform, so that `npm ci` accepts the lock and skips the package on any platform it does not fit.
// Run it after changing dependencies: `npm run lock:complete`.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const lockPath = join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));

const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'sunos', 'netbsd', 'openbsd', 'aix'];
const CPU = ['arm64', 'x64', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'arm'];

function platformOf(name) {
  const words = name.split('/').pop().split('-');
  const os = OS.find((candidate) => words.includes(candidate));
  const cpu = CPU.find((candidate) => words.includes(candidate) || (candidate === 'arm' && words.some((w) => w.startsWith('arm') && w !== 'arm64')));
  return os && cpu ? { os, cpu } : undefined;
}

let added = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location}/node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    const platform = platformOf(name);
    if (!platform) {
      console.error(`complete-lockfile: cannot tell the platform of ${name}; install it or add it by hand`);
      process.exitCode = 1;
      continue;
    }
    lock.packages[hoisted] = { version, optional: true, os: [platform.os], cpu: [platform.cpu] };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform-specific entries`);
