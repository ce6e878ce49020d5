#!/usr/bin/env node
// Fails when apps/api/schema.gql or the generated web client types are not what the code produces:
// GraphQL types flow one way, api code -> schema.gql -> apps/web/src/gql.
import { spawnSync } from 'node:child_process';

const GENERATED = ['apps/api/schema.gql', 'apps/web/src/gql'];

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npm', ['run', 'build', '-w', '@ctcp/shared']);
run('npm', ['run', 'schema', '-w', '@ctcp/api']);
run('npm', ['run', 'codegen', '-w', '@ctcp/web']);
const diff = spawnSync('git', ['status', '--porcelain', '--', ...GENERATED], { encoding: 'utf8' });
if (diff.stdout.trim()) {
  console.error(`Generated GraphQL files are stale; commit the regenerated versions:\n${diff.stdout}`);
  spawnSync('git', ['--no-pager', 'diff', '--stat', '--', ...GENERATED], { stdio: 'inherit' });
  process.exit(1);
}
console.log('schema.gql and the generated client types are up to date.');
