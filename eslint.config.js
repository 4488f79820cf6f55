// Lint rules that enforce the architecture: shared/ is pure, renderer/ never reaches Electron or Node,
// and shell.openExternal is reachable only through the one https-only helper.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const OPEN_EXTERNAL_MESSAGE = 'Open links only through openExternalSafely() in electron/main/external-links.ts (https only).';
/** Every spelling of reaching `shell.openExternal` we know of (tested in tests/unit/eslint.config.test.ts). */
const openExternalBans = [
  // shell.openExternal, shell[openExternal]
  "MemberExpression[property.name='openExternal']",
  // shell['openExternal'], shell["openExternal"]
  "MemberExpression[computed=true][property.value='openExternal']",
  // shell[`openExternal`]
  "MemberExpression[computed=true][property.type='TemplateLiteral'][property.quasis.0.value.cooked='openExternal']",
  // const { openExternal } = shell, { openExternal: open }, { 'openExternal': open }, { ['openExternal']: open },
  // in declarations, assignments and parameters alike
  "ObjectPattern > Property[key.name='openExternal'][computed=false]",
  "ObjectPattern > Property[key.value='openExternal']",
].map((selector) => ({ selector, message: OPEN_EXTERNAL_MESSAGE }));
const nodeImportBan = {
  group: ['node:*'],
  message: 'Node built-ins are not available here.',
};

export default tseslint.config(
  {
    ignores: ['.vite/**', 'out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', 'docs/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', ...openExternalBans],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to main only through window.journeyApi.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer never uses Node built-ins.' })),
          ],
          patterns: [nodeImportBan, { group: ['electron/*', 'electron-store'], message: 'No Electron in the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['react', 'react-dom', 'zustand', 'zundo', 'electron', 'electron-store'].map((name) => ({
              name,
              message: 'shared/ is pure logic: no React, Electron or Node.',
            })),
            ...nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure logic: no Node built-ins.' })),
          ],
          patterns: [
            nodeImportBan,
            { group: ['react-dom/*', 'react/*', '@xyflow/*', 'electron/*', 'zustand/*'], message: 'shared/ is pure logic.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not depend on the app layers.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/external-links.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
