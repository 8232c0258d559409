/**
 * What the platform behind the bridge can do. Features ask these questions, never which
 * platform runs: a new platform (or a desktop build without a feature) changes only this file
 * and its bridge.
 */
export interface Capabilities {
  /** Saving a file asks where (a save dialog) and reports the path; otherwise the file is downloaded. */
  saveAsksWhere: boolean;
  /** A backups folder the app writes automatic and safety backups into, which the user can choose and open. */
  hasBackupsFolder: boolean;
  /** PDF files are printed by the app with its own page footer; otherwise the print dialog opens and the HTML carries the footer. */
  printsPdf: boolean;
  /** A system-wide shortcut can open Log conversation while the app is in the background. */
  globalShortcut: boolean;
  /** `file:save` accepts the bytes as a Blob built off the main thread (no IPC in between, which takes strings only). */
  savesBlobs: boolean;
}

/** The desktop app (Electron main process behind the preload). */
export const DESKTOP_CAPABILITIES: Capabilities = {
  saveAsksWhere: true,
  hasBackupsFolder: true,
  printsPdf: true,
  globalShortcut: true,
  savesBlobs: false,
};
