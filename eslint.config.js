import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Module boundaries: the web never imports api code; libs/shared imports no framework. */
const FRAMEWORKS = ['@nestjs/*', 'typeorm', 'react', 'react-dom', '@apollo/*', '@mantine/*', 'graphql', 'express'];

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
