import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  createAppProtocolHandler,
  mimeTypeOf,
  resolveAppPath,
} from '../../../electron/appProtocol';
import { useTempDirs } from './tempDir';

const ROOT = '/srv/rapport/dist/renderer';

describe('resolveAppPath', () => {
  it('maps app://rapport URLs to files under the root', () => {
    expect(resolveAppPath(ROOT, 'app://rapport/index.html')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://rapport/')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://rapport/assets/main-abc.js?v=1#x')).toBe(path.join(ROOT, 'assets/main-abc.js'));
    expect(resolveAppPath(ROOT, 'app://rapport/assets/%D1%84.css')).toBe(path.join(ROOT, 'assets/ф.css'));
  });

  it('keeps dot segments inside the root (the URL parser clamps them at /)', () => {
    for (const url of ['app://rapport/../../etc/passwd', 'app://rapport/%2e%2e/%2e%2e/etc/passwd']) {
      const resolved = resolveAppPath(ROOT, url);
      expect(resolved).toBe(path.join(ROOT, 'etc/passwd'));
    }
  });

  it.each([
    'app://rapport/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://rapport/..%5c..%5cwindows%5cwin.ini',
    'app://rapport/index.html%00.png',
    'app://rapport/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
    'https://rapport/index.html',
    'not a url',
  ])('rejects %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });
});

describe('app:// handler', () => {
  const tempDir = useTempDirs();

  function site() {
    const root = path.join(tempDir(), 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Rapport</title>');
    writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
    writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'secret');
    return createAppProtocolHandler(root);
  }

  it('serves files with their MIME type and the CSP header', async () => {
    const handle = site();
    const html = await handle(new Request(`${APP_ORIGIN}/index.html`));
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await html.text()).toContain('<title>Rapport</title>');
    const js = await handle(new Request(`${APP_ORIGIN}/assets/app.js`));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const css = await handle(new Request(`${APP_ORIGIN}/assets/app.css`));
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 for missing files and for paths outside the root', async () => {
    const handle = site();
    expect((await handle(new Request(`${APP_ORIGIN}/assets/missing.js`))).status).toBe(404);
    const escaped = await handle(new Request(`${APP_ORIGIN}/%2e%2e/secret.txt`));
    expect(escaped.status).toBe(404);
    expect(await escaped.text()).not.toContain('secret');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const handle = site();
    expect((await handle(new Request(`${APP_ORIGIN}/index.html`, { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('knows the MIME types a Vite build produces', () => {
    expect(mimeTypeOf('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeOf('a.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('a.unknown')).toBe('application/octet-stream');
  });
});

describe('Content-Security-Policy', () => {
  it('is the same policy as the meta tag in renderer/index.html', () => {
    const html = readFileSync(path.resolve('renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const normalise = (csp: string) =>
      csp
        .split(';')
        .map((d) => d.trim().replace(/\s+/g, ' '))
        .filter(Boolean)
        .sort();
    expect(normalise(CONTENT_SECURITY_POLICY)).toEqual(normalise(meta ?? ''));
  });
});
