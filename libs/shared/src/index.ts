export * from './domain.js';
export * from './errors.js';
export * from './languages.js';
export * from './limits.js';
export * from './realtime.js';
export * from './two-factor.js';
export * from './search.js';
