import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness';

const FIXTURE = path.resolve('test/fixtures/db-v1.json');

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('heading', { name: 'Backup', exact: true }).waitFor();
}

async function openClients(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('heading', { name: 'Clients', exact: true }).waitFor();
}

/** Settings → Restore from backup… → pick the file. */
async function chooseBackup(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from backup…' }).click();
  await (await chooser).setFiles(file);
}

describe('backup and restore (web build)', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('restores a backup, backs up, survives a change, and restores the journal as it was', async () => {
    app = await launchApp({ now: new Date('2026-11-23T09:05:00') });
    const { page } = app;
    const work = mkdtempSync(path.join(tmpdir(), 'rapport-backup-e2e-'));

    // 1. Restore the v1 fixture into the empty journal: confirm step with counts.
    await openSettings(page);
    await chooseBackup(page, FIXTURE);
    const confirm = page.getByRole('dialog', { name: 'Restore from backup?' });
    await confirm.waitFor();
    await expect(confirm.textContent()).resolves.toContain('This replaces the whole journal');
    await expect(confirm.getByRole('row', { name: /Clients/ }).textContent()).resolves.toBe('Clients04');
    await confirm.getByRole('button', { name: 'Replace journal' }).click();
    await page.getByTestId('backup-result').waitFor();
    await expect(page.getByTestId('backup-result').textContent()).resolves.toContain(
      'Journal restored: 4 clients, 4 conversations, 1 dispute, 2 decisions.',
    );

    // 2. Back up now: a download with the dated name and the same data (the v1 fixture's records, now in schema v2).
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back up now' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('rapport-backup-2026-11-23-0905.json');
    const saved = path.join(work, download.suggestedFilename());
    await download.saveAs(saved);
    const backup = JSON.parse(readFileSync(saved, 'utf8'));
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    // The v1 fixture was migrated on restore: the same records, decisions with their history.
    expect(backup.schemaVersion).toBe(2);
    expect(backup.counts).toEqual(fixture.counts);
    expect(backup.data).toEqual({
      ...fixture.data,
      decisions: fixture.data.decisions.map((d: { status: string; updatedAt: string }) => ({
        ...d,
        statusHistory: [{ status: d.status, at: d.updatedAt }],
      })),
    });

    // 3. Change the journal: import one more client.
    await openClients(page);
    await page.getByText('John Miller').first().waitFor();
    const csv = path.join(work, 'one.csv');
    writeFileSync(csv, 'Name,Company\nNadia Newcomer,Fresh Ltd\n');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import clients…' }).click();
    await page.getByRole('dialog', { name: 'Import clients' }).getByRole('button', { name: 'Choose file…' }).click();
    await (await chooser).setFiles(csv);
    await page.getByRole('button', { name: 'Import 1 client' }).click();
    await page.getByText('Nadia Newcomer').first().waitFor();

    // 4. Restore the backup: a safety backup of the changed journal is downloaded first.
    await openSettings(page);
    await chooseBackup(page, saved);
    const safety = page.waitForEvent('download');
    await page
      .getByRole('dialog', { name: 'Restore from backup?' })
      .getByRole('button', { name: 'Replace journal' })
      .click();
    const safetyDownload = await safety;
    expect(safetyDownload.suggestedFilename()).toBe('rapport-safety-backup-2026-11-23-0905.json');
    const safetyPath = path.join(work, 'safety.json');
    await safetyDownload.saveAs(safetyPath);
    expect(JSON.parse(readFileSync(safetyPath, 'utf8')).counts.clients).toBe(5);
    await page.getByTestId('backup-result').waitFor();
    await expect(page.getByTestId('backup-result').textContent()).resolves.toContain(
      'rapport-safety-backup-2026-11-23-0905.json',
    );

    // 5. The journal is as it was.
    await openClients(page);
    await page.getByText('John Miller').first().waitFor();
    await expect(page.getByText('Nadia Newcomer').count()).resolves.toBe(0);
  });

  it('a damaged file shows the precise error and changes nothing', async () => {
    app = await launchApp();
    const { page } = app;
    const work = mkdtempSync(path.join(tmpdir(), 'rapport-backup-e2e-'));
    await openSettings(page);
    await chooseBackup(page, FIXTURE);
    await page
      .getByRole('dialog', { name: 'Restore from backup?' })
      .getByRole('button', { name: 'Replace journal' })
      .click();
    await page.getByTestId('backup-result').waitFor();

    // Hand-edited file: the checksum no longer matches.
    const edited = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    edited.data.clients[1].name = 'Someone Else';
    const editedPath = path.join(work, 'edited.json');
    writeFileSync(editedPath, JSON.stringify(edited));
    await chooseBackup(page, editedPath);
    const error = page.getByTestId('backup-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('The checksum does not match');

    // Cut off half-way.
    const truncatedPath = path.join(work, 'truncated.json');
    writeFileSync(truncatedPath, readFileSync(FIXTURE, 'utf8').slice(0, 3000));
    await chooseBackup(page, truncatedPath);
    await page.getByText('The file is incomplete').waitFor();
    await expect(error.textContent()).resolves.toContain('truncated.json');
    await expect(page.getByRole('dialog', { name: 'Restore from backup?' }).count()).resolves.toBe(0);

    await openClients(page);
    await page.getByText('John Miller').first().waitFor();
    await expect(page.getByText('Someone Else').count()).resolves.toBe(0);
  });
});
