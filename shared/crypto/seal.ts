/**
 * Synchronous authenticated encryption of one text with the data key: XChaCha20-Poly1305
 * (@noble/ciphers, audited, pure JavaScript, so a Dexie transaction never awaits anything).
 * A fresh random 24-byte nonce per seal (safe for random nonces at any realistic count), and
 * additional data that binds the text to where it belongs (e.g. `clients/<id>`), so a sealed
 * value copied into another record fails authentication instead of decrypting there.
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { fromBase64, fromUtf8, randomBytes, toBase64, utf8 } from './bytes';

export const SEAL_VERSION = 'x1';
const NONCE_BYTES = 24;
export const DATA_KEY_BYTES = 32;

/** A sealed text failed authentication: it was altered, or belongs elsewhere, or the key is wrong. */
export class TamperedError extends Error {
  constructor(message = 'The encrypted data failed authentication.') {
    super(message);
    this.name = 'TamperedError';
  }
}

export function sealBytes(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Uint8Array {
  const nonce = randomBytes(NONCE_BYTES);
  const sealed = xchacha20poly1305(key, nonce, aad).encrypt(plaintext);
  const out = new Uint8Array(NONCE_BYTES + sealed.length);
  out.set(nonce);
  out.set(sealed, NONCE_BYTES);
  return out;
}

export function openBytes(key: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Uint8Array {
  if (sealed.length < NONCE_BYTES + 16) throw new TamperedError('The encrypted data is too short.');
  try {
    return xchacha20poly1305(key, sealed.subarray(0, NONCE_BYTES), aad).decrypt(sealed.subarray(NONCE_BYTES));
  } catch {
    throw new TamperedError();
  }
}

/** `x1:` + base64(nonce ‖ ciphertext ‖ tag). */
export function sealText(key: Uint8Array, plaintext: string, aad: string): string {
  return `${SEAL_VERSION}:${toBase64(sealBytes(key, utf8(plaintext), utf8(aad)))}`;
}

export function isSealedText(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(`${SEAL_VERSION}:`);
}

export function openText(key: Uint8Array, sealed: string, aad: string): string {
  if (!isSealedText(sealed)) throw new TamperedError('Not an encrypted value.');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(sealed.slice(SEAL_VERSION.length + 1));
  } catch {
    throw new TamperedError('The encrypted data is not valid base64.');
  }
  const plain = openBytes(key, bytes, utf8(aad));
  try {
    return fromUtf8(plain);
  } catch {
    throw new TamperedError('The decrypted data is not text.');
  }
}
