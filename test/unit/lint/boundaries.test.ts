import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules live in eslint.config.js; these cases keep them from silently stopping to work
// (a renamed folder or a config object that overrides another would otherwise pass everything).
const eslint = new ESLint({ cwd: path.resolve('.') });

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('layer boundaries (ESLint)', { timeout: 60_000 }, () => {
  it('shared/ may not import Dexie, Node built-ins, React, electron or other layers', async () => {
    const code = [
      "import Dexie from 'dexie';",
      "import { readFileSync } from 'node:fs';",
      "import { useState } from 'react';",
      "import { app } from 'electron';",
      "import { db } from '../renderer/db/db';",
      "import { handlers } from '../electron/handlers';",
      'export const all = [Dexie, readFileSync, useState, app, db, handlers];',
    ].join('\n');
    const messages = await restrictedImports(code, 'shared/lintFixture.ts');
    expect(messages).toHaveLength(6);
    expect(messages[0]).toMatch(/'dexie' import is restricted.*Only renderer\/db\//);
  });

  it('shared/ imports only the packages SHARED_PACKAGES lists (the crypto ones included)', async () => {
    const allowed = [
      "import { z } from 'zod';",
      "import { argon2id } from 'hash-wasm';",
      "import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';",
      "import { addDays } from 'date-fns';",
      "import { ru } from 'date-fns/locale';",
      "import { x } from './x';",
      'export const all = [z, argon2id, xchacha20poly1305, addDays, ru, x];',
    ].join('\n');
    expect(await restrictedImports(allowed, 'shared/crypto/lintFixture.ts')).toEqual([]);
    const other = "import MiniSearch from 'minisearch';\nexport const M = MiniSearch;\n";
    expect(await restrictedImports(other, 'shared/lintFixture.ts')).toEqual([
      expect.stringMatching(/shared\/ imports only zod/),
    ]);
  });

  it('renderer/ outside renderer/db may not import Dexie or electron/; renderer/db may import Dexie', async () => {
    const code = "import Dexie from 'dexie';\nexport const D = Dexie;\n";
    expect(await restrictedImports(code, 'renderer/features/journal/lintFixture.ts')).toHaveLength(1);
    expect(await restrictedImports(code, 'renderer/db/lintFixture.ts')).toEqual([]);
    const reach = "import { registerHandlers } from '../../electron/ipc';\nexport const r = registerHandlers;\n";
    expect(await restrictedImports(reach, 'renderer/app/lintFixture.ts')).toHaveLength(1);
  });

  it('only electron/ imports electron-store; tests may use electron types but not its runtime', async () => {
    const store = "import Store from 'electron-store';\nexport const S = Store;\n";
    expect(await restrictedImports(store, 'electron/lintFixture.ts')).toEqual([]);
    expect(await restrictedImports(store, 'renderer/app/lintFixture.ts')).toHaveLength(1);
    expect(await restrictedImports(store, 'test/unit/electron/lintFixture.test.ts')).toHaveLength(1);
    const types = "import type { BrowserWindow } from 'electron';\nexport type W = BrowserWindow;\n";
    expect(await restrictedImports(types, 'test/unit/electron/lintFixture.test.ts')).toEqual([]);
    const runtime = "import { app } from 'electron';\nexport const a = app;\n";
    expect(await restrictedImports(runtime, 'test/unit/electron/lintFixture.test.ts')).toHaveLength(1);
  });
});
