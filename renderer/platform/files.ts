/**
 * Files the user picks or saves: the open and save dialogs (desktop), or a file input and a
 * download (browser). What happened comes back as a result, so no feature asks which it was.
 */
import type { SaveFileArgs, SavePdfArgs } from '../../shared/ipc/contract';
import { call, capabilities } from './bridge';
import { base64ToBytes } from '../../shared/import/decode';

/** Asks for a file and decodes it as text; null when cancelled. */
export async function openTextFile(
  extensions: string[],
  filterName: string,
): Promise<{ name: string; bytes: Uint8Array } | null> {
  const opened = await call('file:open', { filters: [{ name: filterName, extensions }] });
  if (!opened) return null;
  return { name: opened.name, bytes: base64ToBytes(opened.base64) };
}

/** Asks for a file and returns its bytes as base64 (decoded later, off the main thread); null when cancelled. */
export async function openFileBase64(
  extensions: string[],
  filterName: string,
): Promise<{ name: string; base64: string } | null> {
  return call('file:open', { filters: [{ name: filterName, extensions }] });
}

/** Where a saved file went: a path the user chose, or the browser's downloads (by name). */
export type SaveOutcome = { kind: 'saved'; path: string } | { kind: 'downloaded'; name: string };

/** Saves a file; null when the user cancelled the save dialog. */
export async function saveFile(args: SaveFileArgs): Promise<SaveOutcome | null> {
  const saved = await call('file:save', args);
  if (saved === null) return null;
  return capabilities.saveAsksWhere ? { kind: 'saved', path: saved.path } : { kind: 'downloaded', name: saved.name };
}

/**
 * Saves a PDF (the app prints it), or opens the print dialog where the platform cannot print
 * (`printDialog`: the user saves it from there); null when the save dialog was cancelled.
 */
export async function savePdf(args: SavePdfArgs): Promise<SaveOutcome | { kind: 'printDialog' } | null> {
  const saved = await call('pdf:save', args);
  if (!capabilities.printsPdf) return { kind: 'printDialog' };
  return saved === null ? null : { kind: 'saved', path: saved.path };
}
