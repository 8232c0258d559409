import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ERASE_DELETED_AFTER_DAYS, eraseExpired } from '../../shared/rules/erasure';
import { launchApp, type App } from './harness';
import { chooseFile, expectAbsent, expectText, expectTextContaining, openPage } from './journeys';

const FIXTURE = path.resolve('test/fixtures/db-v1.json');

async function openSettings(page: Page): Promise<void> {
  await openPage(page, 'Settings');
  await page.getByRole('heading', { name: 'Backup', exact: true }).waitFor();
}

/** Settings → Restore from backup… → pick the file. */
async function chooseBackup(page: Page, file: string): Promise<void> {
  await chooseFile(page, page.getByRole('button', { name: 'Restore from backup…' }), file);
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
    await expectTextContaining(confirm, 'This replaces the whole journal');
    await expectText(confirm.getByRole('row', { name: /Clients/ }), /^Clients\s*0\s*4$/);
    await confirm.getByRole('button', { name: 'Replace journal' }).click();
    await expectTextContaining(
      page.getByTestId('backup-result'),
      'Journal restored: 4 clients, 4 conversations, 1 dispute, 2 decisions.',
    );

    // 2. Back up now: a download with the dated name and the same data (the v1 fixture's records, now in schema v3).
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back up now' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('rapport-backup-2026-11-23-0905.json');
    const saved = path.join(work, download.suggestedFilename());
    await download.saveAs(saved);
    const backup = JSON.parse(readFileSync(saved, 'utf8'));
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    // The v1 fixture was migrated on restore: the same records, decisions with their history.
    expect(backup.schemaVersion).toBe(3);
    expect(backup.counts).toEqual(fixture.counts);
    // The fixture's tombstone was deleted on 2 Oct, more than 30 days before today: its text is erased
    // in the backup, only its id and deletion time remain (Settings → Deleted entries).
    const raw = readFileSync(saved, 'utf8');
    expect(raw).not.toContain('Deleted Prospect');
    expect(raw).not.toContain('Tombstoned');
    expect(backup.data).toEqual(
      eraseExpired(
        {
          ...fixture.data,
          decisions: fixture.data.decisions.map((d: { status: string; updatedAt: string }) => ({
            ...d,
            statusHistory: [{ status: d.status, at: d.updatedAt }],
          })),
        },
        new Date('2026-11-23T09:05:00').getTime(),
        DEFAULT_ERASE_DELETED_AFTER_DAYS,
      ),
    );

    // 3. Change the journal: import one more client.
    await openPage(page, 'Clients');
    await page.getByText('John Miller').first().waitFor();
    const csv = path.join(work, 'one.csv');
    writeFileSync(csv, 'Name,Company\nNadia Newcomer,Fresh Ltd\n');
    await page.getByRole('button', { name: 'Import clients…' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import clients' });
    await chooseFile(page, importDialog.getByRole('button', { name: 'Choose file…' }), csv);
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
    await expectTextContaining(page.getByTestId('backup-result'), 'rapport-safety-backup-2026-11-23-0905.json');

    // 5. The journal is as it was.
    await openPage(page, 'Clients');
    await expectAbsent(page.getByText('Nadia Newcomer'), { after: page.getByText('John Miller') });
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
    await expectTextContaining(error, 'The checksum does not match');

    // Cut off half-way.
    const truncatedPath = path.join(work, 'truncated.json');
    writeFileSync(truncatedPath, readFileSync(FIXTURE, 'utf8').slice(0, 3000));
    await chooseBackup(page, truncatedPath);
    await expectTextContaining(error, 'The file is incomplete', 'truncated.json');
    await expectAbsent(page.getByRole('dialog', { name: 'Restore from backup?' }), { after: error });

    await openPage(page, 'Clients');
    await expectAbsent(page.getByText('Someone Else'), { after: page.getByText('John Miller') });
  });
});
