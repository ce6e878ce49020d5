import { InitialSchema1764400000000 } from './1764400000000-initial-schema.js';

/** In order of application; a new migration is added at the end. */
export const MIGRATIONS = [InitialSchema1764400000000];
