// @ts-check
/**
 * Lint: typescript-eslint's recommended rules, the Rules of Hooks, and the layer boundaries.
 * The boundaries are the point (as in VS Code, a lint rule keeps layers apart, not review):
 *   shared/    pure TypeScript: no electron/, renderer/, Node built-ins, electron, React, Dexie
 *   renderer/  never imports electron/ or the electron packages; only renderer/db/ imports Dexie
 *   electron/  the only place electron and electron-store are imported
 *   tests      may not load electron or electron-store at run time (no binary in CI)
 */
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_'));

const msg = {
  electron: 'Only electron/ may import electron (inject it instead; tests never load its binary).',
  electronStore: 'Only electron/ may import electron-store (it imports electron).',
  dexie: 'Only renderer/db/ may import Dexie: read through its hooks and repositories.',
  react: 'shared/ is pure TypeScript: no React.',
  node: 'shared/ is pure TypeScript: no Node built-ins.',
  electronFolder: 'This layer may not reach into electron/ (main process).',
  rendererFolder: 'This layer may not reach into renderer/.',
};

const path = (name, message) => ({ name, message });
const ELECTRON = path('electron', msg.electron);
const ELECTRON_STORE = path('electron-store', msg.electronStore);
const DEXIE = [path('dexie', msg.dexie), path('dexie-react-hooks', msg.dexie)];
const REACT = [path('react', msg.react), path('react-dom', msg.react), path('react-i18next', msg.react)];
/** A relative import that climbs into a top-level folder, e.g. `../../electron/main`. */
const folder = (name, message) => ({ regex: `^(\\.{1,2}/)+(.*/)?${name}(/|$)`, message });
const ELECTRON_FOLDER = folder('electron', msg.electronFolder);
const RENDERER_FOLDER = folder('renderer', msg.rendererFolder);
const NODE = [
  { regex: '^node:', message: msg.node },
  { regex: `^(${NODE_BUILTINS.map((m) => m.replace('/', '\\/')).join('|')})(/.*)?$`, message: msg.node },
];

/** One full rule setting per folder: a later config object replaces, not merges, the rule. */
const restrict = ({ paths = [], patterns = [], allowTypeImports = false }) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: paths.map((p) => ({ ...p, allowTypeImports })),
      patterns: patterns.map((p) => ({ ...p, allowTypeImports })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      'node_modules/**',
      'bench/results/**',
      'test-results/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrors: 'none',
        },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Playwright's page.evaluate() callbacks run in the page.
    files: ['bench/**/*.{js,mjs,ts}', 'test/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // Everything not listed below: no Dexie, no electron-store, no runtime electron.
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    rules: restrict({ paths: [ELECTRON, ELECTRON_STORE, ...DEXIE] }),
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: restrict({
      paths: [ELECTRON, ELECTRON_STORE, ...DEXIE, ...REACT],
      patterns: [ELECTRON_FOLDER, RENDERER_FOLDER, ...NODE],
    }),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    rules: restrict({ paths: [ELECTRON, ELECTRON_STORE, ...DEXIE], patterns: [ELECTRON_FOLDER] }),
  },
  {
    files: ['renderer/db/**/*.{ts,tsx}'],
    rules: restrict({ paths: [ELECTRON, ELECTRON_STORE], patterns: [ELECTRON_FOLDER] }),
  },
  {
    files: ['electron/**/*.ts'],
    rules: restrict({ paths: [...DEXIE], patterns: [RENDERER_FOLDER] }),
  },
  // Tests and tooling may use Dexie (fixtures) and electron's types, never its runtime.
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.{ts,tsx}', 'scripts/**/*.{ts,tsx}', '*.config.{ts,js}'],
    rules: restrict({ paths: [ELECTRON, ELECTRON_STORE], allowTypeImports: true }),
  },
);
