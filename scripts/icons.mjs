#!/usr/bin/env node
/**
 * `npm run icons`: every icon file the platforms need, made from the one source image
 * build/icon.svg, written into build/ (and committed, so packaging needs no extra step):
 *   build/icon.png          512×512, the window and notification icon (and Linux's fallback)
 *   build/icons/NxN.png     16…1024, what electron-builder gives Linux desktops
 *   build/icon.ico          Windows (16…256, PNG-compressed entries)
 *   build/icon.icns         macOS
 * Rendering is done offline by resvg (@resvg/resvg-js); ICO and ICNS are packed by png2icons.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const build = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'build');
export const PNG_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

const svg = readFileSync(path.join(build, 'icon.svg'), 'utf8');
const render = (size) =>
  new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();

mkdirSync(path.join(build, 'icons'), { recursive: true });
for (const size of PNG_SIZES) writeFileSync(path.join(build, 'icons', `${size}x${size}.png`), render(size));
writeFileSync(path.join(build, 'icon.png'), render(512));

const large = render(1024);
const ico = png2icons.createICO(large, png2icons.BICUBIC2, 0, true, true);
const icns = png2icons.createICNS(large, png2icons.BICUBIC2, 0);
if (!ico || !icns) throw new Error('png2icons could not pack the icon.');
writeFileSync(path.join(build, 'icon.ico'), ico);
writeFileSync(path.join(build, 'icon.icns'), icns);
console.log(`Icons written to ${path.relative(process.cwd(), build) || '.'}/ from icon.svg.`);
