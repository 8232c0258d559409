/**
 * The start-up bundle stays within its budget (bench/budgets.json `bundleKB`, the same figure
 * `npm run bench` reports), and the heavy parts load only when asked for: the import dialog,
 * and inside it the Excel workbook reader (exceljs, ~250 KB gzipped) only once a workbook is
 * chosen. Builds the production renderer into a temp folder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../../../bench/bundleSize.mjs';
import { useTempDirs } from '../electron/tempDir';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as { bundleKB: { below: number } };

describe('renderer bundle', { timeout: 180_000 }, () => {
  const tempDir = useTempDirs();

  it('keeps the workbook reader and the import dialog out of the start-up bundle, within the budget', async () => {
    const outDir = tempDir();
    // As `npm run bench` builds it: vitest runs with NODE_ENV=test, which would keep React's
    // development build in the bundle.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile: path.resolve('vite.config.ts'),
        mode: 'production',
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 4096 },
      });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    const sizes = bundleSizes(outDir);
    expect(sizes.lazyFiles.some((f) => /exceljs/.test(f))).toBe(true);
    expect(sizes.lazyFiles.some((f) => /ImportClientsDialog/.test(f))).toBe(true);
    expect(sizes.lazyKB).toBeGreaterThan(200);
    expect(sizes.startupKB).toBeLessThan(budgets.bundleKB.below);
  });
});
