#!/usr/bin/env node
// `npm test`: every test of the project, in order: build, unit and integration tests of each package
// (the api's on real PostgreSQL), then end-to-end tests in Debian's Chromium against the built product.
// Set TEST_DATABASE_URL to run against a PostgreSQL server instead of the embedded one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const totals = { passed: 0, failed: 0 };

function run(command, args, options = {}) {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✖ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

/** Runs a step that runs Vitest, echoing its output and adding up its test counts. */
function runTests(command, args) {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['inherit', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  process.stdout.write(result.stdout ?? '');
  // eslint-disable-next-line no-control-regex
  const plain = (result.stdout ?? '').replace(/\x1b\[[0-9;]*m/g, '');
  for (const match of plain.matchAll(/^\s*Tests\s+(?:(\d+) failed \| )?(\d+) passed/gm)) {
    totals.failed += Number(match[1] ?? 0);
    totals.passed += Number(match[2]);
  }
  if (result.status !== 0) {
    console.error(`\n✖ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    console.log(`Tests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
    process.exit(result.status ?? 1);
  }
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `End-to-end tests need Chromium at ${CHROMIUM}: install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  console.log('Installing Debian Chromium for the end-to-end tests (about a minute, once)...');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

ensureChromium();
run('npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static']);
runTests('npx', ['nx', 'run-many', '-t', 'test', '--exclude=@ctcp/e2e', '--outputStyle=static', '--skip-nx-cache']);
runTests('npm', ['run', 'test', '-w', '@ctcp/e2e']);
// A runner that exits 0 after failures (it happened) must not turn them into a pass.
if (totals.failed > 0) {
  console.error(`\n✖ ${totals.failed} tests failed`);
  console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(1);
}
console.log('\n✔ all tests passed');
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed`);
