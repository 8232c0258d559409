// @ts-check
/**
 * Lint: typescript-eslint's recommended rules, the Rules of Hooks, and the layer boundaries.
 * The boundaries are the point (as in VS Code, a lint rule keeps layers apart, not review):
 *   shared/    pure TypeScript: no electron/, renderer/, Node built-ins, electron, React, Dexie;
 *              only the packages SHARED_PACKAGES lists
 *   renderer/  never imports electron/ or the electron packages; only renderer/db/ imports Dexie
 *   electron/  the only place electron and electron-store are imported
 *   tests      may not load electron or electron-store at run time (no binary in CI)
 * Inside renderer/ (import-x resolves each import to its file, so the spelling of a path does not matter):
 *   app/         the composition root: nothing imports it (only the entry, main.tsx)
 *   features/X/  may import shell/, common/, ui/, platform/, db/ and the features FEATURE_DEPENDENCIES
 *                lists for X (an acyclic graph: a test checks it); never app/
 *   common/      building blocks several features share: shell/, ui/, platform/, db/; no feature
 *   shell/       settings, routing, the log-conversation context: ui/, platform/, db/
 *   ui/          components that know no data: ui/ only
 *   platform/    the bridge: platform/ only;  db/  the journal: db/ only
 *   and no import cycles between modules (import-x/no-cycle).
 */
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_'));

const msg = {
  electron: 'Only electron/ may import electron (inject it instead; tests never load its binary).',
  electronStore: 'Only electron/ may import electron-store (it imports electron).',
  dexie: 'Only renderer/db/ may import Dexie: read through its hooks and repositories.',
  react: 'shared/ is pure TypeScript: no React.',
  node: 'shared/ is pure TypeScript: no Node built-ins.',
  electronFolder: 'This layer may not reach into electron/ (main process).',
  rendererFolder: 'This layer may not reach into renderer/.',
  platform: 'Ask a capability (capabilities from platform/bridge), never which platform runs.',
  dbReact:
    'renderer/db/ is plain TypeScript (workers and tests load it): React hooks live in its use*.ts files and live.ts.',
};

const path = (name, message) => ({ name, message });
const ELECTRON = path('electron', msg.electron);
const ELECTRON_STORE = path('electron-store', msg.electronStore);
const DEXIE = [path('dexie', msg.dexie), path('dexie-react-hooks', msg.dexie)];
const REACT = [path('react', msg.react), path('react-dom', msg.react), path('react-i18next', msg.react)];
const DB_REACT = ['react', 'react-dom', 'react-i18next', 'dexie-react-hooks'].map((name) => path(name, msg.dbReact));
/** A relative import that climbs into a top-level folder, e.g. `../../electron/main`. */
const folder = (name, message) => ({ regex: `^(\\.{1,2}/)+(.*/)?${name}(/|$)`, message });
const ELECTRON_FOLDER = folder('electron', msg.electronFolder);
const RENDERER_FOLDER = folder('renderer', msg.rendererFolder);
/**
 * The only packages shared/ may import: pure code that runs the same in the page, a worker and
 * Node. @noble/ciphers (audited, synchronous XChaCha20-Poly1305, so the Dexie encryption
 * middleware never awaits inside a transaction) and hash-wasm (Argon2id for the passphrase) are
 * here for the key envelope in shared/crypto/: both are pure JavaScript/WebAssembly, no DOM, no Node.
 */
export const SHARED_PACKAGES = [
  'zod',
  'date-fns',
  'i18next',
  'papaparse',
  'exceljs',
  'stopword',
  '@orama/stemmers',
  '@noble/ciphers',
  'chrono-node',
  'hash-wasm',
];
/** Anything else bare; the packages the other rules name (Dexie, React, electron, Node) keep their own message. */
const NAMED_ELSEWHERE = [
  'dexie',
  'dexie-react-hooks',
  'react',
  'react-dom',
  'react-i18next',
  'electron',
  'electron-store',
];
const SHARED_ONLY_PACKAGES = {
  regex: `^(?!\\.|node:|(${[...SHARED_PACKAGES, ...NAMED_ELSEWHERE, ...NODE_BUILTINS].map((p) => p.replace('/', '\\/')).join('|')})(/|$))`,
  message: `shared/ imports only ${SHARED_PACKAGES.join(', ')} (SHARED_PACKAGES in eslint.config.js).`,
};
const NODE = [
  { regex: '^node:', message: msg.node },
  { regex: `^(${NODE_BUILTINS.map((m) => m.replace('/', '\\/')).join('|')})(/.*)?$`, message: msg.node },
];

/**
 * Which other features each feature may import: a page composing another feature's panel, or a
 * follow-up offering another feature's action. Every folder in renderer/features/ is listed, and
 * the graph has no cycle (test/unit/lint/layers.test.ts checks both), so no two features depend
 * on each other. Anything two features share belongs in common/ or ui/ instead.
 */
export const FEATURE_DEPENDENCIES = {
  agenda: [],
  backup: [],
  clients: ['decisions', 'disputes', 'import', 'journal', 'remember'],
  conversation: ['dashboard', 'decisions', 'disputes'],
  dashboard: ['disputes', 'remember'],
  decisions: [],
  disputes: ['decisions'],
  import: [],
  journal: ['disputes'],
  remember: [],
  sample: [],
  search: [],
  settings: ['backup', 'conversation', 'dashboard', 'remember', 'sample'],
  summary: [],
};

const R = 'renderer';
const layerMessage = {
  app: 'app/ is the composition root: nothing imports it (the entry main.tsx only).',
  feature: 'This layer imports no feature: move what features share into common/ or ui/.',
  shell: 'Only features, common/ and app/ use the shell (settings, routing, log-conversation context).',
  common: 'common/ is for features: shell/, ui/, platform/ and db/ never import it.',
  ui: 'ui/ components know no data: give them props instead.',
  bottom: 'platform/ and db/ import only themselves and shared/.',
};
/** import-x/no-restricted-paths zones: `target` files may not import files under `from`. */
const LAYER_ZONES = [
  {
    target: [`${R}/features`, `${R}/shell`, `${R}/common`, `${R}/ui`, `${R}/platform`, `${R}/db`],
    from: `${R}/app`,
    message: layerMessage.app,
  },
  {
    target: [`${R}/shell`, `${R}/common`, `${R}/ui`, `${R}/platform`, `${R}/db`],
    from: `${R}/features`,
    message: layerMessage.feature,
  },
  { target: [`${R}/shell`, `${R}/ui`, `${R}/platform`, `${R}/db`], from: `${R}/common`, message: layerMessage.common },
  { target: [`${R}/ui`, `${R}/platform`, `${R}/db`], from: `${R}/shell`, message: layerMessage.shell },
  { target: [`${R}/platform`, `${R}/db`], from: `${R}/ui`, message: layerMessage.ui },
  { target: `${R}/ui`, from: [`${R}/platform`, `${R}/db`], message: layerMessage.ui },
  { target: `${R}/platform`, from: `${R}/db`, message: layerMessage.bottom },
  { target: `${R}/db`, from: `${R}/platform`, message: layerMessage.bottom },
  ...Object.entries(FEATURE_DEPENDENCIES).flatMap(([feature, allowed]) => {
    const others = Object.keys(FEATURE_DEPENDENCIES).filter((f) => f !== feature && !allowed.includes(f));
    return others.length === 0
      ? []
      : [
          {
            target: `${R}/features/${feature}`,
            from: others.map((f) => `${R}/features/${f}`),
            message: `features/${feature} may import only ${allowed.length ? allowed.join(', ') : 'no other feature'} (FEATURE_DEPENDENCIES in eslint.config.js); move what two features share into common/.`,
          },
        ];
  }),
];

/**
 * End-to-end tests wait by construction (test/e2e/journeys.ts): a read of page state compared
 * once races with rendering, and a fixed sleep either wastes time or is too short on a busy machine.
 */
const ONE_SHOT_READS =
  '/^(innerText|textContent|innerHTML|allTextContents|allInnerTexts|count|isVisible|isHidden|isChecked|isEnabled|isDisabled|isEditable|inputValue|getAttribute|boundingBox)$/';
const E2E_WAITS = [
  {
    selector: `MemberExpression[property.name='resolves'] > CallExpression.object[callee.name='expect'] > CallExpression.arguments[callee.property.name=${ONE_SHOT_READS}]`,
    message:
      'A one-shot read of page state races with rendering: use expect.poll(textOf(locator))… or expectText/expectCount from journeys.ts.',
  },
  {
    selector: `CallExpression[callee.name='expect'] > AwaitExpression.arguments > CallExpression.argument[callee.property.name=${ONE_SHOT_READS}]`,
    message:
      'A one-shot read of page state races with rendering: use expect.poll(textOf(locator))… or expectText/expectCount from journeys.ts.',
  },
  {
    selector: "CallExpression[callee.property.name='waitForTimeout']",
    message: 'No fixed sleeps: wait for the state you need (locator.waitFor, expect.poll, page.waitForFunction).',
  },
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
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['test/e2e/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...E2E_WAITS] },
  },
  {
    // Features ask what the platform can do (platform/capabilities.ts), never which one runs.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/platform/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "Identifier[name='isElectron']",
          "MemberExpression[object.name='window'][property.name='rapport']",
          "Literal[value='unsupported']",
        ].map((selector) => ({ selector, message: msg.platform })),
      ],
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
      patterns: [ELECTRON_FOLDER, RENDERER_FOLDER, ...NODE, SHARED_ONLY_PACKAGES],
    }),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    rules: restrict({ paths: [ELECTRON, ELECTRON_STORE, ...DEXIE], patterns: [ELECTRON_FOLDER] }),
  },
  {
    files: ['renderer/db/**/*.{ts,tsx}'],
    rules: restrict({
      paths: [ELECTRON, ELECTRON_STORE, ...DB_REACT],
      patterns: [ELECTRON_FOLDER, { regex: '^\\./live$', message: msg.dbReact }],
    }),
  },
  {
    files: ['renderer/db/use*.ts', 'renderer/db/live.ts'],
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
