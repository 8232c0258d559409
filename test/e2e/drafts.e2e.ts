/**
 * Never lose a word: the draft of a new conversation survives a real crash (SIGKILL of the
 * browser 1 s after the last keystroke, then a start on the same profile), an older version's
 * localStorage draft is moved in, and an unreadable draft is set aside with a notice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, launchCrashableBrowser, type App, type CrashableApp } from './harness';
import {
  expectAbsent,
  expectChecked,
  expectTextContaining,
  expectValue,
  logDialog,
  openLogDialog,
  pickClient,
  reload,
  waitForFocus,
} from './journeys';

/** Ctrl+N with a draft to restore: the dialog opens with the focus past Client. */
async function reopenLogDialog(page: Page) {
  await page.keyboard.press('Control+n');
  const dialog = logDialog(page);
  await dialog.waitFor();
  return dialog;
}

describe('drafts', () => {
  let app: App | CrashableApp | undefined;
  let profile: string | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
    // close() has waited for every process of the browser's group to exit, so nothing writes here now.
    if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    profile = undefined;
  });

  it('the draft of a new conversation survives a SIGKILL of the browser 1 s after the last keystroke', async () => {
    profile = mkdtempSync(path.join(tmpdir(), 'rapport-crash-'));
    const first = await launchCrashableBrowser(profile);
    app = first;
    const dialog = await openLogDialog(first.page);
    await pickClient(dialog, 'Vera Sokolova', { isNewClient: true });
    await dialog.getByRole('radio', { name: 'Complaint' }).check();
    const notes = dialog.getByLabel('Notes');
    await notes.click();
    await waitForFocus(notes);
    await notes.pressSequentially('Invoice 2291 was wrong twice; call back Monday.');
    await expectValue(notes, 'Invoice 2291 was wrong twice; call back Monday.');
    // The crash comes 1 s after the last keystroke, whatever the page is doing: a fixed wait on
    // purpose (nothing on screen says "on disk"), in Node, not in the page.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // The whole app at once: the browser and its renderer and storage processes.
    await first.kill('SIGKILL');
    await first.close();

    const second = await launchCrashableBrowser(profile);
    app = second;
    const restored = await reopenLogDialog(second.page);
    await restored.getByText(/Restored what you were typing/).waitFor();
    await expectValue(restored.getByLabel('Notes'), 'Invoice 2291 was wrong twice; call back Monday.');
    await expectValue(restored.getByRole('combobox', { name: 'Client' }), 'Vera Sokolova');
    await expectChecked(restored.getByRole('radio', { name: 'Complaint' }));
    // Saving it clears the draft: the next dialog starts empty.
    await restored.getByRole('button', { name: 'Save', exact: true }).click();
    await restored.waitFor({ state: 'detached' });
    const next = await openLogDialog(second.page);
    await expectValue(next.getByLabel('Notes'), '');
    await expectAbsent(next.getByText(/Restored what you were typing/), { after: next.getByLabel('Notes') });
  });

  it('moves an older version’s localStorage draft into the database, once', async () => {
    app = await launchApp();
    const { page } = app;
    const legacy = {
      form: {
        clientQuery: 'Pavel Orlov',
        client: { kind: 'new', name: 'Pavel Orlov' },
        when: '2026-11-20T09:15',
        channel: 'meeting',
        direction: 'outbound',
        outcome: 'neutral',
        summary: 'Typed in the older version',
        notes: '',
        private: false,
        feedback: { whyStay: '', likes: '', dislikes: '', incognito: false, criteria: {} },
      },
      savedAt: '2026-11-20T09:16:00.000Z',
    };
    await page.evaluate((value) => localStorage.setItem('rapport.conversationDraft', value), JSON.stringify(legacy));
    await reload(page);
    const dialog = await reopenLogDialog(page);
    await dialog.getByText(/Restored what you were typing/).waitFor();
    await expectValue(dialog.getByLabel('Summary'), 'Typed in the older version');
    await waitForNoLegacyDraft(page);
    // It lives in IndexedDB now: still there after another reload.
    await reload(page);
    const again = await reopenLogDialog(page);
    await expectValue(again.getByLabel('Summary'), 'Typed in the older version');
  });

  it('sets an unreadable draft aside with a notice and its text; the dialog works', async () => {
    app = await launchApp();
    const { page } = app;
    await page.evaluate(() =>
      localStorage.setItem('rapport.conversationDraft', '{"form":{"summary":"Half a thought about the rene'),
    );
    await reload(page);
    const dialog = await openLogDialog(page);
    const notice = dialog.getByTestId('draft-set-aside');
    await expectTextContaining(notice, 'could not be read', 'kept aside, not deleted');
    await notice.getByText('Show what it held').click();
    await expectTextContaining(notice, 'Half a thought about the rene');
    // A fresh form, fully usable.
    await pickClient(dialog, 'Nina Frolova', { isNewClient: true });
    await dialog.getByRole('radio', { name: 'Satisfied' }).check();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // Set aside once: the next dialog has no notice.
    const next = await openLogDialog(page);
    await expectAbsent(next.getByTestId('draft-set-aside'), { after: next.getByLabel('Notes') });
  });
});

async function waitForNoLegacyDraft(page: Page): Promise<void> {
  await page.waitForFunction(() => localStorage.getItem('rapport.conversationDraft') === null);
}
