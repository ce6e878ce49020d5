#!/usr/bin/env node
// Size of the built web app (apps/web/dist), raw and gzip-compressed, per file and in total.
// Usage: npm run build -w @ctcp/web && node bench/bundle-size.mjs
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = new URL('../apps/web/dist/', import.meta.url).pathname;
const files = (directory) =>
  readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

let raw = 0;
let gzip = 0;
for (const file of files(DIST).filter((path) => /\.(js|css|html)$/.test(path))) {
  const content = readFileSync(file);
  const compressed = gzipSync(content, { level: 9 }).length;
  raw += content.length;
  gzip += compressed;
  console.log(
    `${relative(DIST, file).padEnd(48)} ${(content.length / 1024).toFixed(1).padStart(8)} KiB  gzip ${(compressed / 1024).toFixed(1).padStart(7)} KiB`,
  );
}
console.log(
  `${'total (js, css, html)'.padEnd(48)} ${(raw / 1024).toFixed(1).padStart(8)} KiB  gzip ${(gzip / 1024).toFixed(1).padStart(7)} KiB`,
);
