/** Opening files the user picks: the open dialog (desktop) or a file input (browser). */
import { call } from './bridge';
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
