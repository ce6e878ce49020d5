import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { buildSchemaSdl } from './build-schema.js';

/** `npm run schema`: writes apps/api/schema.gql, the committed contract the web client is generated from. */
const target = new URL('../../schema.gql', import.meta.url);
await writeFile(target, await buildSchemaSdl());
console.log(`wrote ${target.pathname}`);
