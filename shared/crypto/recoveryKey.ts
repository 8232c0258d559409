/**
 * The recovery key: 160 random bits written as 32 Crockford base32 characters plus a 4-character
 * checksum (20 bits of CRC-32), shown in groups of four, e.g. `7KQ2-…-M3XD`. Crockford's alphabet
 * has no I, L, O or U, and reading is forgiving: case, spaces and dashes do not matter, and I/L
 * read as 1, O as 0. A mistyped character fails the checksum before any key derivation runs.
 */
import { randomBytes } from './bytes';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 20;
const DATA_CHARS = 32;
const CHECK_CHARS = 4;

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

function checksum(bytes: Uint8Array): string {
  const crc = crc32(bytes) >>> 12; // 20 bits
  let out = '';
  for (let i = CHECK_CHARS - 1; i >= 0; i--) out += ALPHABET[(crc >>> (i * 5)) & 31];
  return out;
}

/** Formats key bytes as the grouped recovery key. */
export function formatRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new Error('A recovery key has 20 bytes.');
  const text = encodeBase32(bytes) + checksum(bytes);
  return text.match(/.{1,4}/g)?.join('-') ?? text;
}

export function newRecoveryKey(): { text: string; bytes: Uint8Array } {
  const bytes = randomBytes(RECOVERY_KEY_BYTES);
  return { text: formatRecoveryKey(bytes), bytes };
}

/** Reads a typed recovery key; `null` when it is not one (wrong length, a character outside the alphabet, a checksum that fails). */
export function parseRecoveryKey(typed: string): Uint8Array | null {
  const text = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (text.length !== DATA_CHARS + CHECK_CHARS) return null;
  const bytes = new Uint8Array(RECOVERY_KEY_BYTES);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text.slice(0, DATA_CHARS)) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return null;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bytes[index++] = (buffer >>> (bits - 8)) & 0xff;
      bits -= 8;
      buffer &= (1 << bits) - 1;
    }
  }
  if (
    text
      .slice(DATA_CHARS)
      .split('')
      .some((c) => !ALPHABET.includes(c))
  )
    return null;
  return checksum(bytes) === text.slice(DATA_CHARS) ? bytes : null;
}
