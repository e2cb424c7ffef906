import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const ioPackages = ['react', 'react-dom', 'next', 'next/*', 'ws', 'postgres', '@electric-sql/pglite', 'ioredis', 'redis', 'y-websocket', 'tldraw', 'node:*', 'fs', 'path', 'http'];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'node_modules/**', 'public/**', 'test-results/**', 'playwright-report/**', '.data/**', 'next-env.d.ts'] },
  {
    // lib/ is the pure domain: no framework, no IO (CONVENTIONS.md rule 1).
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ioPackages.map((group) => ({ group: [group], message: 'lib/ stays pure: no framework or IO imports.' })) }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];

export default config;
