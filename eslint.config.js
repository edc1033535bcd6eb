// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];
const uiPackages = ['react', 'react-dom', 'react/*', 'react-dom/*', 'lexical', '@lexical/*'];
const banned = (patterns, why) => patterns.map((group) => ({ group: [group], message: why }));

/**
 * The runtime boundaries, enforced (STYLE.md 1): core/ is platform-free,
 * services never see Electron, the renderer never reaches into main/.
 */
export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests may assert presence with `!`; Playwright fixtures must destructure `{}`.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-empty-pattern': 'off' },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...banned(nodeBuiltins, 'core/ is platform-free: no Node modules (STYLE.md 1).'),
            ...banned(['electron', 'electron-store', 'conf'], 'core/ is platform-free: no Electron.'),
            ...banned(uiPackages, 'core/ is platform-free: no UI libraries.'),
            ...banned(['**/main/**', '**/renderer/**', '**/preload/**'], 'core/ depends on nothing else in Gloss.'),
          ],
        },
      ],
    },
  },
  {
    files: ['main/services/**/*.ts', 'main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...banned(['electron', 'electron-store'], 'Services run in plain Node too (CLI, harness): Electron belongs in main/shell/.'),
            ...banned(['**/shell/**', '**/renderer/**'], 'Services do not depend on the shell or the UI.'),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // A missed dependency is a stale value in a live editor: an error, not a warning.
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...banned(nodeBuiltins, 'The renderer has no Node: ask the services through the API.'),
            ...banned(['electron', 'electron-store', 'conf'], 'The renderer talks to main only through window.gloss.'),
            ...banned(['**/main/**', '**/preload/**', '**/tests/**'], 'The renderer talks to main only through window.gloss.'),
          ],
        },
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: banned(['**/main/**', '**/renderer/**'], 'The preload exposes the API contract and nothing else.') },
      ],
    },
  },
);
