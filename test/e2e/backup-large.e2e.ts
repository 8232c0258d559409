/**
 * The large journal (2 000 clients, 50 000 conversations, from Settings → Load sample journal)
 * backs up and restores in the real browser, with progress, and the restored journal is
 * complete. A frame monitor prints every gap between animation frames over 300 ms with the
 * phase shown; the heavy work runs in a Web Worker, so no gap may come near the seconds-long
 * freezes of the first version. Slow (~2 min): LARGE=1.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness';
import { textOf } from './journeys';

describe.skipIf(process.env.LARGE !== '1')('backup of a large journal', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('backs up and restores 50 000 conversations with progress', { timeout: 300_000 }, async () => {
    app = await launchApp();
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('radio', { name: /Large/ }).check();
    await page.getByRole('button', { name: 'Load sample journal' }).click();
    await page.getByText(/Sample journal loaded/).waitFor({ timeout: 240_000 });

    const startMonitor = () =>
      page.evaluate(() => {
        const w = window as unknown as { __gap: number; __last: number; __gaps: string[]; __clicked: boolean };
        w.__gap = 0;
        w.__gaps = [];
        w.__clicked = false;
        w.__last = performance.now();
        const tick = (t: number) => {
          if (t - w.__last > 300) {
            const phase =
              document.querySelector('[data-testid=backup-progress]')?.textContent ??
              (w.__clicked ? 'no progress shown' : 'before the click (background work)');
            w.__gaps.push(`${Math.round(t - w.__last)} ms: ${phase}`);
          }
          w.__gap = Math.max(w.__gap, t - w.__last);
          w.__last = t;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    const markClicked = () =>
      page.evaluate(() => {
        (window as unknown as { __clicked: boolean }).__clicked = true;
      });
    const longestGap = async () => {
      const gaps = await page.evaluate(() => (window as unknown as { __gaps: string[] }).__gaps);
      console.info(gaps.join('\n'));
      return page.evaluate(() => (window as unknown as { __gap: number }).__gap);
    };

    await startMonitor();
    const started = Date.now();
    const downloading = page.waitForEvent('download', { timeout: 120_000 });
    await markClicked();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByTestId('backup-progress').waitFor();
    const download = await downloading;
    const backupMs = Date.now() - started;
    const backupGap = await longestGap();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rapport-large-')), download.suggestedFilename());
    await download.saveAs(file);

    await startMonitor();
    const restoreStarted = Date.now();
    const chooser = page.waitForEvent('filechooser');
    await markClicked();
    await page.getByRole('button', { name: 'Restore from backup…' }).click();
    await (await chooser).setFiles(file);
    const safety = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Replace journal' }).click({ timeout: 60_000 });
    await safety;
    await page.getByTestId('backup-result').waitFor({ timeout: 120_000 });
    const restoreMs = Date.now() - restoreStarted;
    const restoreGap = await longestGap();
    console.info(
      `backup ${backupMs} ms (longest frame gap ${Math.round(backupGap)} ms); restore ${restoreMs} ms (longest gap ${Math.round(restoreGap)} ms)`,
    );
    await expect.poll(textOf(page.getByTestId('backup-result'))).toMatch(/2[ ,]?000 clients/);
    // Before the work moved to a worker the page froze for 3.5 s (backup) and 10 s (restore).
    // The goal is under 500 ms; the bound leaves room for a busy shared machine.
    expect(backupGap).toBeLessThan(2000);
    expect(restoreGap).toBeLessThan(2000);
  });
});
