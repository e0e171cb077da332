import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The data access layer (lib/server) is the only app code that talks to the database; command-line
// scripts, the seed and tests build their own clients outside the Next.js app.
const databaseImports = {
  patterns: [
    // The generated enums are plain constants (no client, no connection): validation schemas share them.
    {
      group: ['@/lib/generated/prisma/*', '**/lib/generated/prisma/*', '!**/lib/generated/prisma/enums', '@prisma/*', 'pg'],
      message: 'Only lib/server/** (the data access layer) may touch the database.',
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', '.data/**', 'lib/generated/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }], // `const { id, ...rest }` omits a field
      'no-restricted-imports': ['error', databaseImports],
    },
  },
  {
    files: ['lib/server/**', 'scripts/**', 'prisma/**', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
]);
