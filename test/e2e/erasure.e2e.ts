/**
 * Deleted means gone: a deleted conversation travels in backups while Undo can still bring it
 * back; once it was deleted longer ago than Settings → Deleted entries says, a backup holds none
 * of its text.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness';
import { createClient, download, expectCount, expectValue, logConversation, openPage } from './journeys';

const DAY = 24 * 60 * 60 * 1000;
const SUMMARY = 'Merger with Omega at 4.2M';
const NOTES = 'Do not tell the board yet';

describe('deleted entries (web build)', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('a conversation deleted longer ago than the window leaves no text in a backup', async () => {
    app = await launchApp({ now: new Date('2026-11-02T09:00:00') });
    const { page } = app;
    await createClient(page, { name: 'Oleg Sidorov', organization: 'Sidorov & Sons' });
    await logConversation(page, {
      client: 'Oleg',
      pick: 'Oleg Sidorov',
      via: 'button',
      outcome: 'Satisfied',
      summary: SUMMARY,
      notes: NOTES,
    });
    await openPage(page, 'Journal');
    const rows = page.getByTestId('journal-row');
    await rows.filter({ hasText: SUMMARY }).click();
    await page
      .getByRole('dialog', { name: 'Conversation with Oleg Sidorov' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await rows.filter({ hasText: SUMMARY }).waitFor({ state: 'detached' });
    await expectCount(rows, 0);

    // The setting, with its label, at its default.
    await openPage(page, 'Settings');
    await expectValue(page.getByLabel('Erase the text of deleted entries after (days)'), '30');
    const backUp = () => page.getByRole('button', { name: 'Back up now' }).click();

    // Within the window the deleted conversation travels in a backup (a restore can still undo it).
    const recent = await download(app, backUp);
    expect(readFileSync(recent.path, 'utf8')).toContain(SUMMARY);

    // 31 days later: its text is gone from a backup, only the fact that it was deleted is left.
    await page.clock.fastForward(31 * DAY);
    const later = await download(app, backUp);
    const text = readFileSync(later.path, 'utf8');
    expect(text).not.toContain(SUMMARY);
    expect(text).not.toContain(NOTES);
    expect(JSON.parse(text).data.conversations).toHaveLength(1);
  });
});
