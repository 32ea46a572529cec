import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const io = ['node:*', 'fs', 'path', 'os', 'child_process'];
// Only src/io touches files.
const noFiles = ['node:fs', 'node:fs/promises', 'fs', 'fs/promises'].map((name) => ({
  name,
  message: 'Only src/io touches files: add what a command needs to src/io/paths.ts.',
}));
const inward = { group: ['../cli/*', '../cli/**/*'], message: 'Imports point inward: nothing imports the CLI.' };
const onlyPrompts = { group: ['@inquirer/*'], message: 'Only src/prompts imports the prompt library.' };
const libs = [
  'yaml',
  'js-yaml',
  'ajv',
  'ajv/*',
  'chalk',
  'commander',
  '@inquirer/*',
  'cli-table3',
  'exceljs',
  'exceljs/*',
];

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'bench-out/', 'src/schema/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Lines stay within Prettier's 120 columns: long strings are split, not left to run on.
    rules: { 'max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }] },
  },
  {
    // The bin is CommonJS on purpose (bin/opdm.cjs says why).
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/render/**'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/prompts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['@inquirer/*'], message: 'Only src/prompts imports the prompt library.' }],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: io, message: 'src/core is pure: no I/O.' },
            { group: libs, message: 'src/core is pure: no parsing, validation, rendering or CLI libraries.' },
            {
              group: ['../io/*', '../cli/*', '../render/*', '../prompts/*', '../schema/*', '../i18n/*'],
              message: 'Imports point inward: core imports nothing outside core.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Date', 'console'],
    },
  },
  {
    // Only src/io touches files: a command asks io what is at a path.
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: noFiles, patterns: [onlyPrompts] }] },
  },
  {
    files: ['src/render/**/*.ts', 'src/schema/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: noFiles, patterns: [inward, onlyPrompts] }] },
  },
  {
    files: ['src/io/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [inward, onlyPrompts] }] },
  },
  {
    files: ['src/prompts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: noFiles, patterns: [inward] }] },
  },
);
