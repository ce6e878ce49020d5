import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types flow one way: the api's committed schema -> the operations written in src -> src/gql.
 * Run `npm run codegen -w @ctcp/web` after changing an operation; the generated folder is committed.
 */
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components read the fields their own operation selects; no fragment masking to unwrap.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        // Enums as string unions, so values from @ctcp/shared fit without conversion.
        // `enumsAsTypes` is the older name of the option; client-preset 6 reads `enumType`.
        enumsAsTypes: true,
        enumType: 'string-literal',
        scalars: { DateTime: 'string' },
        defaultScalarType: 'unknown',
        nonOptionalTypename: false,
      },
    },
  },
};

export default config;
