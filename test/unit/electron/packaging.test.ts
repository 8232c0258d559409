/**
 * What `npm run dist` packages, read from electron-builder.yml: the fuses, the files (only what
 * the app runs) and the icons, which `npm run icons` makes from build/icon.svg.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface BuilderConfig {
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  icon: string;
  linux: { icon: string };
  mac: { icon: string };
  win: { icon: string };
}

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

/** electron-builder's rule: a file is packaged when it matches the last pattern that speaks of it. */
function packaged(file: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    const negated = pattern.startsWith('!');
    if (minimatch(file, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated;
  }
  return included;
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('packaging (electron-builder.yml)', () => {
  it('flips the fuses: no run-as-node, NODE_OPTIONS or --inspect; only an integrity-checked app.asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packages only what the app runs', () => {
    for (const file of [
      'package.json',
      'dist/renderer/index.html',
      'dist/renderer/assets/index-abc123.js',
      'dist-electron/main.cjs',
      'dist-electron/preload.cjs',
      'build/icon.png',
    ]) {
      expect(packaged(file), file).toBe(true);
    }
    for (const file of [
      'dist/bench-renderer/index.html',
      'dist/bench-renderer/assets/bench.js',
      'dist/renderer/assets/index-abc123.js.map',
      'node_modules/react/index.js',
      'node_modules/electron-store/index.js',
      'electron/main.ts',
      'renderer/main.tsx',
      'shared/ipc/contract.ts',
      'test/unit/setup.ts',
      'bench/run.mjs',
      'scripts/start.mjs',
      'build/icon.svg',
      'release/Rapport.AppImage',
      'README.md',
    ]) {
      expect(packaged(file), file).toBe(false);
    }
  });

  it('gives every platform the Rapport icon, made from one source image', () => {
    expect(existsSync('build/icon.svg')).toBe(true);
    expect(readFileSync('build/icon.svg', 'utf8')).toMatch(/^<svg[^>]+viewBox="0 0 1024 1024"/);
    expect(config.icon).toBe('build/icon.png');
    expect(pngSize(readFileSync('build/icon.png'))).toEqual({ width: 512, height: 512 });
    expect(config.linux.icon).toBe('build/icons');
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const file = path.join(config.linux.icon, `${size}x${size}.png`);
      expect(pngSize(readFileSync(file)), file).toEqual({ width: size, height: size });
    }

    const ico = readFileSync(config.win.icon);
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // ICONDIR, type 1 = icon
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256); // 0 means 256
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));

    const icns = readFileSync(config.mac.icon);
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    // The 512×512@2x (1024 px) entry macOS uses for Retina displays.
    expect(icns.includes(Buffer.from('ic10', 'latin1'))).toBe(true);
  });
});
