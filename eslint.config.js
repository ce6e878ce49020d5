import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Module boundaries: the web never imports api code; libs/shared imports no framework. */
const FRAMEWORKS = ['@nestjs/*', 'typeorm', 'react', 'react-dom', '@apollo/*', '@mantine/*', 'graphql', 'express'];

const REPOSITORY_ROOT = fileURLToPath(new URL('.', import.meta.url));
const WEB_SRC = 'apps/web/src';
const WEB_FEATURES_DIR = `${REPOSITORY_ROOT}${WEB_SRC}/features`;

/** Code shared by the features and the app does not depend on them; features do not depend on the app. */
const WEB_LAYER_ZONES = [
  {
    target: ['components', 'session', 'realtime', 'i18n'].map((folder) => `${WEB_SRC}/${folder}`),
    from: [`${WEB_SRC}/features`, `${WEB_SRC}/app`],
    message: 'Shared code serves the features and the app: it does not depend on them.',
  },
  {
    target: `${WEB_SRC}/features`,
    from: `${WEB_SRC}/app`,
    message: 'app/ puts the features together: they do not depend on it.',
  },
];

/** A feature uses another one through its index.ts only, never its files. */
const WEB_FEATURE_ZONES = readdirSync(WEB_FEATURES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map(({ name: feature }) => ({
    target: `${WEB_SRC}/features/${feature}`,
    from: `${WEB_FEATURES_DIR}/*/**`,
    except: [`${WEB_FEATURES_DIR}/${feature}/**`, `${WEB_FEATURES_DIR}/*/index.ts`],
    message: 'Import another feature through its index (`../<feature>`), not its files.',
  }));

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'apps/web/src/gql/**',
      'data/**',
      '.nx/**',
      'e2e/artifacts/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['apps/api/**/*.ts'],
    rules: {
      // Nest's dependency injection needs the runtime class behind `private readonly x: Service`.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['apps/api/src/{modules,common,database,config,loaders,schema}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/*'],
              message: 'app/ holds start-up wiring only: features, common code and the database do not depend on it.',
            },
          ],
          paths: [
            {
              name: '@nestjs/graphql',
              importNames: ['Args'],
              message: 'Use Args of common/args.ts: it validates the arguments.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/test/**/*.ts', 'apps/api/**/*.test.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'bench/**/*.mjs'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/api/**', '@ctcp/api', '@ctcp/api/*'],
              message: 'The web app talks to the api over GraphQL only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'apps/web/tsconfig*.json' })],
      // The files import-x parses: without them no-cycle follows no import and reports nothing.
      'import-x/extensions': ['.ts', '.tsx'],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        { basePath: REPOSITORY_ROOT, zones: [...WEB_LAYER_ZONES, ...WEB_FEATURE_ZONES] },
      ],
    },
  },
  {
    // Tests render components inside the app's own providers and cache.
    files: ['apps/web/src/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: REPOSITORY_ROOT, zones: WEB_FEATURE_ZONES }],
    },
  },
  {
    files: ['libs/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: FRAMEWORKS, message: 'libs/shared holds plain TypeScript: no framework imports.' },
            { group: ['**/apps/**', '@ctcp/api', '@ctcp/web'], message: 'libs/shared must not depend on the apps.' },
          ],
        },
      ],
    },
  },
);
