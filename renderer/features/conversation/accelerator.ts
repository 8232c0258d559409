/**
 * Electron accelerator strings (`CommandOrControl+Shift+L`) from key presses, and their
 * display form (`Ctrl+Shift+L`, or `⌘+Shift+L` on a Mac).
 */
export const DEFAULT_QUICK_LOG_SHORTCUT = 'CommandOrControl+Shift+L';

const NAMED_CODES: Record<string, string> = {
  Space: 'Space',
  Enter: 'Enter',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Minus: '-',
  Equal: '=',
  Comma: ',',
  Period: '.',
  Slash: '/',
  Semicolon: ';',
  Quote: "'",
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Backquote: '`',
};

export interface KeyPress {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export type RecordResult =
  | { kind: 'accelerator'; accelerator: string }
  /** Only modifiers so far: keep listening. */
  | { kind: 'incomplete' }
  /** A key without Ctrl/⌘ or Alt would steal ordinary typing everywhere. */
  | { kind: 'needsModifier' };

function keyName(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1] ?? null;
  const digit = /^Digit(\d)$/.exec(code);
  if (digit) return digit[1] ?? null;
  if (/^F([1-9]|1\d|2[0-4])$/.test(code)) return code;
  const numpad = /^Numpad(\d)$/.exec(code);
  if (numpad) return `num${numpad[1]}`;
  return NAMED_CODES[code] ?? null;
}

/** Turns a key press into an Electron accelerator. Uses `code`, so the keyboard layout (Russian or English) does not matter. */
export function acceleratorFromKeys(press: KeyPress): RecordResult {
  const key = keyName(press.code);
  if (!key) return { kind: 'incomplete' };
  const parts: string[] = [];
  if (press.ctrlKey || press.metaKey) parts.push('CommandOrControl');
  if (press.altKey) parts.push('Alt');
  if (press.shiftKey) parts.push('Shift');
  const isFunctionKey = /^F\d+$/.test(key);
  if (!isFunctionKey && !press.ctrlKey && !press.metaKey && !press.altKey) return { kind: 'needsModifier' };
  return { kind: 'accelerator', accelerator: [...parts, key].join('+') };
}

/** `CommandOrControl+Shift+L` → `Ctrl+Shift+L` (`⌘+Shift+L` on macOS). */
export function displayAccelerator(accelerator: string, isMac: boolean): string {
  return accelerator
    .split('+')
    .map((part) => {
      if (/^(CommandOrControl|CmdOrCtrl)$/i.test(part)) return isMac ? '⌘' : 'Ctrl';
      if (/^(Command|Cmd|Meta|Super)$/i.test(part)) return '⌘';
      if (/^(Control|Ctrl)$/i.test(part)) return 'Ctrl';
      if (/^(Alt|Option)$/i.test(part)) return isMac ? '⌥' : 'Alt';
      return part;
    })
    .join('+');
}
