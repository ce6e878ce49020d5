#!/usr/bin/env bash
# Time of `npm ci` for the whole workspace in a scratch copy (the npm cache as it is on this machine).
# Usage: bash bench/npm-ci.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
git -C "$root" ls-files -z | (cd "$root" && xargs -0 cp --parents -t "$scratch")
cd "$scratch"
start=$(date +%s.%N)
npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1
end=$(date +%s.%N)
printf "npm ci: %.1f s, node_modules: %s\n" "$(awk "BEGIN { print $end - $start }")" "$(du -sh node_modules | cut -f1)"
