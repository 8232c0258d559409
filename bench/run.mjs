#!/usr/bin/env node
/**
 * `npm run bench`: Rapport at ten years of data (2 000 clients, 50 000 conversations).
 *
 * Builds the renderer for production (into its own folder, so a parallel `npm run test:e2e`
 * cannot swap files underneath), serves it on a loopback port, opens Debian's Chromium with a
 * fresh on-disk profile, loads the sample journal through the app's own loader (through
 * bench/page/benchHook.ts, which only this build includes), and measures every figure as the median of
 * several runs. Prints one JSON report and writes it to bench/results/latest.json.
 *
 * Options (environment): CHROMIUM_PATH, BENCH_RUNS (default 5), BENCH_SKIP_BUILD=1,
 * BENCH_CONVERSATIONS (default 50000), BENCH_CLIENTS (default 2000).
 */
import { mkdtempSync, rmSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { bundleSizes } from './bundleSize.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'dist', 'bench-renderer');
const RESULTS = path.join(ROOT, 'bench', 'results', 'latest.json');
const BUDGETS = JSON.parse(readFileSync(path.join(ROOT, 'bench', 'budgets.json'), 'utf8'));
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Same flags as test/e2e/harness.ts.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const IMPORT_RUNS = Math.max(1, Math.min(RUNS, 3));
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 2000);
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 50000);
const YEARS = 10;
const SEED = 20261123;

/** 20 queries: Russian and English, names, organisations, words from summaries and notes, prefixes, a typo. */
const QUERIES = [
  'петр',
  'smith',
  'агро',
  'northw',
  'график',
  'invoice',
  'счёт',
  'warranty',
  'скидк',
  'discount',
  'пилотн',
  'pilot proj',
  'Сергей',
  'Emma',
  'монтаж',
  'install',
  'упаковк',
  'packag',
  'delivery sched',
  'warrenty',
];

const log = (...args) => console.error('[bench]', ...args);

function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const round = (x, digits = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/**
 * Adds the bench hook to this build only: a dynamic import appended to the renderer's entry, so
 * the product never ships it and its start-up bundle is measured as the app's.
 */
function benchHookPlugin() {
  const entry = path.join(ROOT, 'renderer', 'main.tsx');
  const hook = path.join(ROOT, 'bench', 'page', 'benchHook.ts');
  return {
    name: 'rapport-bench-hook',
    transform(code, id) {
      if (id.split('?')[0] !== entry) return null;
      return { code: `${code}\nvoid import(${JSON.stringify(hook)});\n`, map: null };
    },
  };
}

async function buildRenderer() {
  if (process.env.BENCH_SKIP_BUILD && existsSync(path.join(OUT_DIR, '.vite', 'manifest.json'))) return;
  log('building the renderer (production)…');
  process.env.NODE_ENV = 'production';
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    plugins: [benchHookPlugin()],
    build: { outDir: OUT_DIR, emptyOutDir: true, chunkSizeWarningLimit: 4096, manifest: true },
  });
  // The floor for any start-up: first paint of a page with nothing in it, same server and browser.
  writeFileSync(
    path.join(OUT_DIR, 'blank.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><p>.</p></body></html>',
  );
}

/**
 * Checks `probe` in the page every frame; it returns `performance.now()` once its condition
 * holds (so the time is taken in the page, not after a round trip) and null before.
 */
async function timeInPage(page, probe, arg, timeout = 120_000) {
  const handle = await page.waitForFunction(probe, arg, { polling: 'raf', timeout });
  return handle.jsonValue();
}

/** Resolves after the next frame has been painted. */
function afterPaint(page) {
  return page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))),
  );
}

async function measureBlankStart(page, base) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${base}blank.html?run=${i}`);
    const fp = await page.waitForFunction(
      () => {
        const entry =
          performance.getEntriesByName('first-paint')[0] ?? performance.getEntriesByName('first-contentful-paint')[0];
        return entry ? entry.startTime : null;
      },
      null,
      { polling: 'raf' },
    );
    runs.push(await fp.jsonValue());
  }
  return runs;
}

async function openBenchPage(page, base) {
  await page.goto(`${base}?bench#/settings`);
  await page.waitForFunction(() => window.__rapportBench !== undefined, null, { timeout: 60_000 });
}

async function measureImport(page, base) {
  await openBenchPage(page, base);
  const generated = await page.evaluate((options) => window.__rapportBench.generate(options), {
    seed: SEED,
    clients: CLIENTS,
    years: YEARS,
    conversations: CONVERSATIONS,
    now: new Date().toISOString(),
    utcOffsetMinutes: 0,
  });
  log(
    `generated ${generated.records} records (${generated.conversations} conversations) in ${Math.round(generated.ms)} ms`,
  );
  const raw = [];
  const app = [];
  for (let i = 0; i < IMPORT_RUNS; i++) {
    raw.push(await page.evaluate(() => window.__rapportBench.rawBulkPut()));
    app.push(await page.evaluate(() => window.__rapportBench.importSample()));
    // Let the search index take in the new records before the next run, so runs do not overlap.
    await page.evaluate(() => window.__rapportBench.searchReady());
    log(`import run ${i + 1}: raw bulkPut ${Math.round(raw[i])} ms, app loader ${Math.round(app[i])} ms`);
  }
  const scans = [];
  let count = 0;
  for (let i = 0; i < RUNS; i++) {
    const scan = await page.evaluate(() => window.__rapportBench.rawScan());
    scans.push(scan.ms);
    count = scan.count;
  }
  await page.evaluate(() => window.__rapportBench.cleanUp());
  return { generated, raw, app, scans, count };
}

const statReady = () => {
  const el = document.querySelector('[data-testid=stat-satisfied]');
  return el !== null && el.textContent.trim() !== '' ? performance.now() : null;
};

async function measureColdStart(page, base) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${base}?run=${i}#/dashboard`, { waitUntil: 'commit' });
    runs.push(await timeInPage(page, statReady));
  }
  return runs;
}

async function heapMB(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

async function measureDashboard(page) {
  const period = page.getByLabel('Period', { exact: true });
  if ((await period.count()) === 0) return { runs: [], error: 'no "Period" select on the dashboard' };
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    await period.selectOption({ label: 'Last 30 days' });
    await afterPaint(page);
    await page.waitForTimeout(200);
    // In the page: note when the change event fires, when the figure changes and when a chart re-renders.
    await page.evaluate(() => {
      const stat = document.querySelector('[data-testid=stat-satisfied]');
      const state = {
        before: stat?.textContent ?? '',
        changeAt: 0,
        statAt: 0,
        chartAt: 0,
        hasCharts: document.querySelector('svg') !== null,
      };
      window.__dash = state;
      document.addEventListener('change', () => (state.changeAt = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver((mutations) => {
        if (!state.changeAt) return;
        const now = performance.now();
        if (!state.statAt && document.querySelector('[data-testid=stat-satisfied]')?.textContent !== state.before)
          state.statAt = now;
        if (
          !state.chartAt &&
          mutations.some((m) => (m.target instanceof Element ? m.target : m.target.parentElement)?.closest('svg'))
        ) {
          state.chartAt = now;
        }
        if (state.statAt && (state.chartAt || !state.hasCharts)) observer.disconnect();
      });
      observer.observe(document.querySelector('main') ?? document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    await period.selectOption({ label: 'All time' });
    await page.waitForFunction(
      () => window.__dash.statAt && (window.__dash.chartAt || !window.__dash.hasCharts),
      null,
      { polling: 'raf', timeout: 60_000 },
    );
    const painted = await afterPaint(page);
    const state = await page.evaluate(() => window.__dash);
    // From the change event until figures and charts are updated and the frame is painted.
    runs.push(painted - state.changeAt);
  }
  await period.selectOption({ label: 'Last 30 days' });
  return { runs };
}

async function measureSearch(page) {
  const box = page.getByRole('combobox', { name: 'Search' });
  if ((await box.count()) === 0) return { runs: [], error: 'no search box' };
  await page.keyboard.press('Control+k');
  const start = Date.now();
  await box.fill('a');
  // The index builds in the background; wait until it is ready.
  await page.waitForSelector('[data-testid=search-results][data-state=ready]', { timeout: 120_000 });
  const buildWaitMs = Date.now() - start;
  await page.evaluate(() => {
    const input = document.querySelector('input[role=combobox][type=search]');
    input.addEventListener('input', () => (window.__lastInput = performance.now()), { capture: true });
  });
  const runs = [];
  const counts = [];
  for (const query of QUERIES) {
    await box.fill('');
    await page.waitForSelector('[data-testid=search-results]', { state: 'detached' });
    await page.keyboard.type(query);
    const doneAt = await timeInPage(
      page,
      (q) =>
        document.querySelector('[data-testid=search-results][data-state=ready]')?.getAttribute('data-query') === q
          ? performance.now()
          : null,
      query,
    );
    const painted = await afterPaint(page);
    const lastInput = await page.evaluate(() => window.__lastInput);
    runs.push(Math.max(doneAt, lastInput) - lastInput + (painted - doneAt));
    counts.push(await page.locator('[data-testid=search-results] [role=option]').count());
  }
  await box.fill('');
  await page.keyboard.press('Escape');
  return { runs, counts, buildWaitMs };
}

async function measureLogConversation(page, base) {
  await page.goto(`${base}?log#/journal`);
  const rows = page.locator('[data-testid=journal-row]');
  try {
    await rows.first().waitFor({ timeout: 60_000 });
  } catch {
    return { runs: [], error: 'no journal rows ([data-testid=journal-row]) after 60 s' };
  }
  const domRows = await rows.count();
  // Scroll to the far end of 50 000 rows: a virtualized list keeps the DOM small.
  const scroll = await page.evaluate(async () => {
    const row = document.querySelector('[data-testid=journal-row]');
    let el = row?.parentElement ?? null;
    while (el && !(el.scrollHeight > el.clientHeight + 10 && getComputedStyle(el).overflowY !== 'visible'))
      el = el.parentElement;
    if (!el) return null;
    const start = performance.now();
    el.scrollTop = el.scrollHeight;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const result = {
      ms: performance.now() - start,
      scrollHeight: el.scrollHeight,
      rows: document.querySelectorAll('[data-testid=journal-row]').length,
    };
    // Back to the newest, where a new conversation appears.
    el.scrollTop = 0;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return result;
  });
  const runs = [];
  let error;
  const clientName = await page.evaluate(() => document.querySelector('[data-testid=journal-row]')?.textContent ?? '');
  for (let i = 0; i < RUNS; i++) {
    const token = `benchlog${Date.now().toString(36)}${i}`;
    await page.keyboard.press('Control+n');
    const dialog = page.getByRole('dialog', { name: 'Log conversation' });
    try {
      await dialog.waitFor({ timeout: 10_000 });
      // An existing client from the sample journal, as a director would pick one.
      await dialog.getByRole('combobox', { name: 'Client' }).fill('an');
      await dialog.getByRole('option').filter({ hasNotText: 'Create' }).first().click();
      await dialog.getByRole('radio', { name: 'Satisfied' }).check();
      await dialog.getByLabel('Summary', { exact: true }).fill(`Bench ${token}`);
      await page.evaluate(() => {
        window.__saveAt = 0;
        document.addEventListener(
          'click',
          (event) => {
            if (
              event.target instanceof Element &&
              event.target.closest('dialog button')?.textContent?.trim() === 'Save'
            ) {
              window.__saveAt = performance.now();
            }
          },
          { capture: true },
        );
      });
      await dialog.getByRole('button', { name: 'Save', exact: true }).click();
      await timeInPage(
        page,
        (t) =>
          [...document.querySelectorAll('[data-testid=journal-row]')].some((r) => r.textContent.includes(t))
            ? performance.now()
            : null,
        token,
        15_000,
      );
      const painted = await afterPaint(page);
      const saveAt = await page.evaluate(() => window.__saveAt);
      runs.push(painted - saveAt);
      await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    } catch (e) {
      error = `log conversation: ${e.message.split('\n')[0]}`;
      if (process.env.BENCH_DEBUG) await page.screenshot({ path: '/tmp/perf-bench-log-failure.png' });
      break;
    }
  }
  return { runs, domRows, scroll, error, sampleRow: clientName.slice(0, 80) };
}

function evaluateBudgets(metrics) {
  const results = {};
  for (const [metric, rule] of Object.entries(BUDGETS)) {
    if (metric.startsWith('$')) continue;
    const value = metrics[metric];
    let limit;
    let text;
    if ('below' in rule) {
      limit = rule.below;
      text = `< ${rule.below}`;
    } else {
      const base = rule.of.reduce((sum, m) => (sum === null || metrics[m] === null ? null : sum + metrics[m]), 0);
      limit = base === null ? null : rule.factor * base;
      text = `<= ${rule.factor} x (${rule.of.join(' + ')})`;
    }
    const met = value === null || limit === null ? null : 'below' in rule ? value < limit : value <= limit;
    results[metric] = { value, limit: round(limit), rule: text, met };
  }
  return results;
}

async function main() {
  const started = Date.now();
  await buildRenderer();
  const server = await preview({
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  const base = `http://127.0.0.1:${address.port}/`;
  const profile = mkdtempSync(path.join(tmpdir(), 'rapport-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-GB',
    viewport: { width: 1280, height: 800 },
  });
  const notes = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => log('page error:', error.message));
    const browserVersion = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));

    log('blank start…');
    const blank = await measureBlankStart(page, base);
    log('import (app loader vs raw bulkPut) and raw scan…');
    const imported = await measureImport(page, base);
    log('cold start…');
    const cold = await measureColdStart(page, base);
    await page.waitForTimeout(300);
    const heap = await heapMB(page);
    // Search first: it waits for the search index, so background indexing is over before the
    // dashboard is timed (a director switches periods long after start-up).
    log('search…');
    const search = await measureSearch(page);
    if (search.error) notes.push(search.error);
    const heapWithSearch = search.error ? null : await heapMB(page);
    log('dashboard period switch…');
    const dashboard = await measureDashboard(page);
    if (dashboard.error) notes.push(dashboard.error);
    log('log conversation…');
    const logConversation = await measureLogConversation(page, base);
    if (logConversation.error) notes.push(logConversation.error);

    const bundle = bundleSizes(OUT_DIR);
    const metrics = {
      coldStartMs: round(median(cold)),
      dashboardMs: round(median(dashboard.runs)),
      searchMs: round(median(search.runs)),
      logConversationMs: round(median(logConversation.runs)),
      importMs: round(median(imported.app)),
      rawBulkPutMs: round(median(imported.raw)),
      rawScanMs: round(median(imported.scans)),
      blankStartMs: round(median(blank)),
      heapMB: round(heap),
      bundleKB: round(bundle.startupKB),
      lazyKB: round(bundle.lazyKB),
    };
    const budgets = evaluateBudgets(metrics);
    const report = {
      date: new Date().toISOString(),
      journal: {
        clients: CLIENTS,
        conversations: imported.count,
        records: imported.generated.records,
        years: YEARS,
        seed: SEED,
      },
      environment: {
        browser: browserVersion,
        cpus: cpus().length,
        node: process.version,
        runs: RUNS,
        importRuns: IMPORT_RUNS,
      },
      metrics,
      budgets,
      allMet: Object.values(budgets).every((b) => b.met === true),
      checks: {
        // A virtualized journal keeps a window of rows in the DOM, at the top and at the far end.
        journalVirtualized:
          logConversation.domRows === undefined
            ? null
            : logConversation.domRows < 200 && (logConversation.scroll?.rows ?? Infinity) < 200,
      },
      extra: {
        heapWithSearchIndexMB: round(heapWithSearch),
        generateMs: round(imported.generated.ms),
        searchIndexReadyAfterMs: search.buildWaitMs ?? null,
        searchResultCounts: search.counts ?? [],
        journalDomRows: logConversation.domRows ?? null,
        journalScrollToEnd: logConversation.scroll ?? null,
        benchSeconds: Math.round((Date.now() - started) / 1000),
      },
      runs: {
        coldStartMs: cold.map((x) => round(x)),
        dashboardMs: dashboard.runs.map((x) => round(x)),
        searchMs: search.runs.map((x) => round(x)),
        searchQueries: QUERIES,
        logConversationMs: logConversation.runs.map((x) => round(x)),
        importMs: imported.app.map((x) => round(x)),
        rawBulkPutMs: imported.raw.map((x) => round(x)),
        rawScanMs: imported.scans.map((x) => round(x)),
        blankStartMs: blank.map((x) => round(x)),
      },
      notes,
    };
    const json = JSON.stringify(report, null, 2);
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${json}\n`);
    console.log(json);
    log(
      `met: ${Object.entries(budgets)
        .map(([k, b]) => `${k} ${b.met ? 'yes' : 'NO'}`)
        .join(', ')}`,
    );
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
