import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// The renderer's layers (eslint.config.js, import-x): each case imports a real file from a
// fixture placed in one layer, so a renamed folder or a zone that stops matching fails here.
const eslint = new ESLint({ cwd: path.resolve('.') });

async function messages(code: string, filePath: string, ruleId: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === ruleId).map((m) => m.message);
}

const layerViolations = (code: string, filePath: string) => messages(code, filePath, 'import-x/no-restricted-paths');
const use = (specifier: string, name: string) => `import { ${name} } from '${specifier}';\nexport const x = ${name};\n`;

describe('renderer layers (ESLint)', { timeout: 60_000 }, () => {
  it('nothing but the entry imports app/, the composition root', async () => {
    const app = use('../../app/App', 'App');
    expect(await layerViolations(app, 'renderer/features/journal/lintFixture.ts')).toEqual([
      expect.stringMatching(/app\/ is the composition root/),
    ]);
    expect(await layerViolations(use('../app/App', 'App'), 'renderer/shell/lintFixture.ts')).toHaveLength(1);
    expect(await layerViolations(use('./app/App', 'App'), 'renderer/main.tsx')).toEqual([]);
  });

  it('shell/, common/, ui/, platform/ and db/ import no feature', async () => {
    for (const layer of ['shell', 'common', 'ui', 'platform', 'db']) {
      const code = use('../features/journal/JournalPage', 'JournalPage');
      expect(await layerViolations(code, `renderer/${layer}/lintFixture.ts`), layer).toEqual(
        expect.arrayContaining([expect.stringMatching(/imports no feature/)]),
      );
    }
  });

  it('features use shell/ and common/; common/ may use the shell, not the other way round', async () => {
    const shellAndCommon = [
      "import { useRoute } from '../../shell/useRoute';",
      "import { useClients } from '../../common/useClients';",
      "import { Dialog } from '../../ui/Dialog';",
      "import { call } from '../../platform/bridge';",
      "import { getClient } from '../../db/clients';",
      'export const all = [useRoute, useClients, Dialog, call, getClient];',
    ].join('\n');
    expect(await layerViolations(shellAndCommon, 'renderer/features/journal/lintFixture.ts')).toEqual([]);
    expect(await layerViolations(use('../shell/useRoute', 'useRoute'), 'renderer/common/lintFixture.ts')).toEqual([]);
    expect(await layerViolations(use('../common/useClients', 'useClients'), 'renderer/shell/lintFixture.ts')).toEqual([
      expect.stringMatching(/common\/ is for features/),
    ]);
  });

  it('ui/ knows no data, and platform/ and db/ import only themselves', async () => {
    for (const [specifier, name] of [
      ['../db/clients', 'getClient'],
      ['../platform/bridge', 'call'],
      ['../shell/useRoute', 'useRoute'],
      ['../common/OutcomeBadge', 'OutcomeBadge'],
    ] as const) {
      expect(await layerViolations(use(specifier, name), 'renderer/ui/lintFixture.tsx'), specifier).toHaveLength(1);
    }
    expect(await layerViolations(use('../platform/bridge', 'call'), 'renderer/db/lintFixture.ts')).toHaveLength(1);
    expect(await layerViolations(use('../db/db', 'db'), 'renderer/platform/lintFixture.ts')).toHaveLength(1);
  });

  it('a feature imports only the features FEATURE_DEPENDENCIES lists for it', async () => {
    const panel = use('../decisions/DisputeDecisionsPanel', 'DisputeDecisionsPanel');
    expect(await layerViolations(panel, 'renderer/features/disputes/lintFixture.tsx')).toEqual([]);
    const back = use('../disputes/DisputePage', 'DisputePage');
    expect(await layerViolations(back, 'renderer/features/decisions/lintFixture.tsx')).toEqual([
      expect.stringMatching(/features\/decisions may import only no other feature/),
    ]);
    // However the path is spelled: import-x resolves it to the file.
    const roundabout = use('../../features/disputes/DisputePage', 'DisputePage');
    expect(await layerViolations(roundabout, 'renderer/features/decisions/lintFixture.tsx')).toHaveLength(1);
  });

  it('FEATURE_DEPENDENCIES lists every feature folder and has no cycle', async () => {
    const config: unknown = await import(pathToFileURL(path.resolve('eslint.config.js')).href);
    const graph = z
      .object({ FEATURE_DEPENDENCIES: z.record(z.string(), z.array(z.string())) })
      .parse(config).FEATURE_DEPENDENCIES;
    const folders = readdirSync('renderer/features', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(Object.keys(graph).sort()).toEqual(folders);
    for (const deps of Object.values(graph)) for (const dep of deps) expect(folders).toContain(dep);
    // Depth-first search: reaching a feature already on the path is a cycle.
    const visit = (feature: string, trail: readonly string[]): void => {
      expect(trail, `cycle ${[...trail, feature].join(' → ')}`).not.toContain(feature);
      for (const dep of graph[feature] ?? []) visit(dep, [...trail, feature]);
    };
    for (const feature of folders) visit(feature, []);
  });

  it('modules import each other in no cycle', async () => {
    // journalItems.ts is imported by JournalPage.tsx; importing it back closes a cycle.
    const code = use('./JournalPage', 'JournalPage');
    expect(await messages(code, 'renderer/features/journal/journalItems.ts', 'import-x/no-cycle')).toHaveLength(1);
  });

  it('renderer/db/ modules outside its hooks import no React', async () => {
    const react = "import { useEffect } from 'react';\nexport const e = useEffect;\n";
    const rule = '@typescript-eslint/no-restricted-imports';
    expect(await messages(react, 'renderer/db/conversationIndex.ts', rule)).toEqual([
      expect.stringMatching(/renderer\/db\/ is plain TypeScript/),
    ]);
    expect(await messages(use('./live', 'useLiveQuery'), 'renderer/db/exportQueries.ts', rule)).toHaveLength(1);
    expect(await messages(react, 'renderer/db/useConversationRows.ts', rule)).toEqual([]);
  });

  it('outside platform/, nothing asks which platform runs', async () => {
    const asks = [
      "import { useSettings } from '../../shell/SettingsProvider';",
      'export function useIt() {',
      '  const { appInfo } = useSettings();',
      "  const failed = (e: { code?: string }) => e.code === 'unsupported';",
      '  return [appInfo.isElectron, window.rapport, failed];',
      '}',
    ].join('\n');
    const found = await messages(asks, 'renderer/features/backup/lintFixture.ts', 'no-restricted-syntax');
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/Ask a capability/);
    const capability =
      "import { capabilities } from '../../platform/bridge';\nexport const c = capabilities.printsPdf;\n";
    expect(await messages(capability, 'renderer/features/summary/lintFixture.ts', 'no-restricted-syntax')).toEqual([]);
    expect(
      await messages('export const e = window.rapport;\n', 'renderer/platform/lintFixture.ts', 'no-restricted-syntax'),
    ).toEqual([]);
  });
});
