/**
 * The key envelope: the journal's random 256-bit data key, stored only wrapped (encrypted) by
 * key-encryption keys. One wrap comes from the passphrase through Argon2id (hash-wasm; the cost
 * parameters are stored with each wrap, so a later version can raise them and rewrap), one from
 * the recovery key. Wrapping is XChaCha20-Poly1305 with additional data naming the envelope,
 * its version, the key id and the wrap, so a wrap cannot be moved to another envelope or slot.
 * Changing the passphrase rewraps the same data key: the journal is not re-encrypted.
 * Versioned and checked with zod; nothing here touches the DOM, Node or storage.
 */
import { argon2id } from 'hash-wasm';
import { z } from 'zod';
import { fromBase64, randomBytes, toBase64, utf8 } from './bytes';
import { DATA_KEY_BYTES, openBytes, sealBytes, TamperedError } from './seal';
import { newRecoveryKey, parseRecoveryKey } from './recoveryKey';

export const ENVELOPE_FORMAT = 'rapport-key-envelope';
export const ENVELOPE_VERSION = 1;
export const AEAD = 'xchacha20-poly1305';

/** The Argon2id cost. Defaults: 64 MiB, 3 passes, one lane (RFC 9106's second recommendation is 64 MiB / 3). */
export interface KdfCost {
  memoryKiB: number;
  passes: number;
  parallelism: number;
}
export const DEFAULT_PASSPHRASE_KDF: KdfCost = { memoryKiB: 64 * 1024, passes: 3, parallelism: 1 };
/** The recovery key already has 160 random bits: a lighter cost is as strong. */
export const DEFAULT_RECOVERY_KDF: KdfCost = { memoryKiB: 16 * 1024, passes: 2, parallelism: 1 };
/** The least an envelope may ask for when read (an envelope edited down to nothing is refused). */
const MIN_KDF: KdfCost = { memoryKiB: 8, passes: 1, parallelism: 1 };

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

export const kdfSchema = z.object({
  name: z.literal('argon2id'),
  memoryKiB: z
    .number()
    .int()
    .min(MIN_KDF.memoryKiB)
    .max(4 * 1024 * 1024),
  passes: z.number().int().min(MIN_KDF.passes).max(100),
  parallelism: z.number().int().min(1).max(16),
  salt: base64,
});
export type KdfParams = z.infer<typeof kdfSchema>;

export const wrapSchema = z.object({
  kdf: kdfSchema,
  /** base64(nonce ‖ ciphertext ‖ tag) of the data key. */
  wrapped: base64,
});
export type KeyWrap = z.infer<typeof wrapSchema>;

export const envelopeSchema = z.object({
  format: z.literal(ENVELOPE_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  aead: z.literal(AEAD),
  /** Random id of the data key: a backup names the key it was encrypted with. */
  keyId: z.string().regex(/^[0-9a-f]{32}$/),
  byPassphrase: wrapSchema,
  byRecoveryKey: wrapSchema,
});
export type KeyEnvelope = z.infer<typeof envelopeSchema>;

type Slot = 'passphrase' | 'recoveryKey';

/** The passphrase or recovery key does not open this envelope (or the envelope was altered). */
export class WrongSecretError extends Error {
  constructor(readonly slot: Slot) {
    super(slot === 'passphrase' ? 'Wrong passphrase.' : 'Wrong recovery key.');
    this.name = 'WrongSecretError';
  }
}

export class InvalidEnvelopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEnvelopeError';
  }
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function aad(keyId: string, slot: Slot): Uint8Array {
  return utf8(`${ENVELOPE_FORMAT}/v${ENVELOPE_VERSION}/${AEAD}/${keyId}/${slot}`);
}

/** A passphrase is compared as typed, in Unicode NFC (the same letters typed on another keyboard match). */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

export async function deriveKek(secret: Uint8Array | string, kdf: KdfParams): Promise<Uint8Array> {
  return argon2id({
    password: secret,
    salt: fromBase64(kdf.salt),
    parallelism: kdf.parallelism,
    iterations: kdf.passes,
    memorySize: kdf.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
}

function newKdf(cost: KdfCost): KdfParams {
  return { name: 'argon2id', ...cost, salt: toBase64(randomBytes(16)) };
}

async function wrap(dataKey: Uint8Array, secret: Uint8Array | string, cost: KdfCost, keyId: string, slot: Slot) {
  const kdf = newKdf(cost);
  const kek = await deriveKek(secret, kdf);
  return { kdf, wrapped: toBase64(sealBytes(kek, dataKey, aad(keyId, slot))) } satisfies KeyWrap;
}

async function unwrap(envelope: KeyEnvelope, secret: Uint8Array | string, slot: Slot): Promise<Uint8Array> {
  const slotWrap = slot === 'passphrase' ? envelope.byPassphrase : envelope.byRecoveryKey;
  const kek = await deriveKek(secret, slotWrap.kdf);
  try {
    const key = openBytes(kek, fromBase64(slotWrap.wrapped), aad(envelope.keyId, slot));
    if (key.length !== DATA_KEY_BYTES) throw new TamperedError();
    return key;
  } catch (error) {
    if (error instanceof TamperedError) throw new WrongSecretError(slot);
    throw error;
  }
}

export interface EnvelopeOptions {
  /** Argon2id cost for the passphrase (tests pass a small one; the app uses the default). */
  passphraseKdf?: KdfCost;
  recoveryKdf?: KdfCost;
}

export interface NewEnvelope {
  envelope: KeyEnvelope;
  dataKey: Uint8Array;
  /** Shown once, grouped (`XXXX-XXXX-…`); never stored. */
  recoveryKey: string;
}

/** A new data key, wrapped by the passphrase and by a new recovery key. */
export async function createEnvelope(passphrase: string, options: EnvelopeOptions = {}): Promise<NewEnvelope> {
  const dataKey = randomBytes(DATA_KEY_BYTES);
  const keyId = toHex(randomBytes(16));
  const recovery = newRecoveryKey();
  const envelope: KeyEnvelope = {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    aead: AEAD,
    keyId,
    byPassphrase: await wrap(
      dataKey,
      normalizePassphrase(passphrase),
      options.passphraseKdf ?? DEFAULT_PASSPHRASE_KDF,
      keyId,
      'passphrase',
    ),
    byRecoveryKey: await wrap(
      dataKey,
      recovery.bytes,
      options.recoveryKdf ?? DEFAULT_RECOVERY_KDF,
      keyId,
      'recoveryKey',
    ),
  };
  return { envelope, dataKey, recoveryKey: recovery.text };
}

/** Reads a stored envelope; throws InvalidEnvelopeError naming what is wrong. */
export function parseEnvelope(value: unknown): KeyEnvelope {
  const parsed = envelopeSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidEnvelopeError(
      `The key envelope is not valid (${issue?.path.join('.') || 'root'}: ${issue?.message}).`,
    );
  }
  return parsed.data;
}

export function unwrapWithPassphrase(envelope: KeyEnvelope, passphrase: string): Promise<Uint8Array> {
  return unwrap(envelope, normalizePassphrase(passphrase), 'passphrase');
}

export async function unwrapWithRecoveryKey(envelope: KeyEnvelope, recoveryKey: string): Promise<Uint8Array> {
  const bytes = parseRecoveryKey(recoveryKey);
  if (!bytes) throw new WrongSecretError('recoveryKey');
  return unwrap(envelope, bytes, 'recoveryKey');
}

/**
 * The same data key under a new passphrase (a new salt too, at `cost`, default the current
 * default: raising the defaults raises the cost on the next change). The recovery wrap stays.
 */
export async function rewrapPassphrase(
  envelope: KeyEnvelope,
  dataKey: Uint8Array,
  newPassphrase: string,
  cost: KdfCost = DEFAULT_PASSPHRASE_KDF,
): Promise<KeyEnvelope> {
  return {
    ...envelope,
    byPassphrase: await wrap(dataKey, normalizePassphrase(newPassphrase), cost, envelope.keyId, 'passphrase'),
  };
}
