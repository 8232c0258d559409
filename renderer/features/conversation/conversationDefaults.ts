/**
 * The channel and direction of the last saved conversation, the director's usual ones, which a
 * new form starts with. Only a convenience, so localStorage is enough. (The draft itself, which
 * must survive a crash, is in IndexedDB: renderer/db/drafts.ts.)
 */
import type { Channel, Direction } from '../../../shared/domain/types';

const DEFAULTS_KEY = 'rapport.conversationDefaults';

export function readDefaults(): { channel?: Channel; direction?: Direction } {
  try {
    return JSON.parse(localStorage.getItem(DEFAULTS_KEY) ?? '{}') as { channel?: Channel; direction?: Direction };
  } catch {
    return {};
  }
}

export function writeDefaults(defaults: { channel: Channel; direction: Direction }): void {
  try {
    localStorage.setItem(DEFAULTS_KEY, JSON.stringify(defaults));
  } catch {
    // Only a convenience.
  }
}
