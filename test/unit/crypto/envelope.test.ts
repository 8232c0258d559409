import { describe, expect, it } from 'vitest';
import {
  createEnvelope,
  DEFAULT_PASSPHRASE_KDF,
  DEFAULT_RECOVERY_KDF,
  deriveKek,
  InvalidEnvelopeError,
  parseEnvelope,
  rewrapPassphrase,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  WrongSecretError,
  type KdfCost,
  type KeyEnvelope,
} from '../../../shared/crypto/envelope';
import { formatRecoveryKey, parseRecoveryKey } from '../../../shared/crypto/recoveryKey';
import { isSealedText, openText, sealText, TamperedError } from '../../../shared/crypto/seal';
import { fromBase64, randomBytes, toBase64 } from '../../../shared/crypto/bytes';

/** Small Argon2 cost so the suite stays fast; the defaults are checked separately. */
const FAST: KdfCost = { memoryKiB: 64, passes: 1, parallelism: 1 };
const options = { passphraseKdf: FAST, recoveryKdf: FAST };

function flipByte(base64: string, at: number): string {
  const bytes = fromBase64(base64);
  const i = at % bytes.length;
  bytes[i] = (bytes[i] ?? 0) ^ 0x01;
  return toBase64(bytes);
}

describe('key envelope', () => {
  it('defaults to Argon2id with at least 64 MiB and 3 passes, stored with the wrap', async () => {
    expect(DEFAULT_PASSPHRASE_KDF.memoryKiB).toBeGreaterThanOrEqual(64 * 1024);
    expect(DEFAULT_PASSPHRASE_KDF.passes).toBeGreaterThanOrEqual(3);
    const { envelope } = await createEnvelope('correct horse battery staple', { recoveryKdf: FAST });
    expect(envelope.byPassphrase.kdf).toMatchObject({ name: 'argon2id', memoryKiB: 65536, passes: 3, parallelism: 1 });
    expect(fromBase64(envelope.byPassphrase.kdf.salt)).toHaveLength(16);
    expect(DEFAULT_RECOVERY_KDF.memoryKiB).toBeGreaterThanOrEqual(8 * 1024);
  });

  it('derives the same key for the same parameters and another for other parameters', async () => {
    // The key derivation is hash-wasm's Argon2id: a known answer for fixed inputs.
    const a = await deriveKek('password', {
      name: 'argon2id',
      memoryKiB: 64,
      passes: 2,
      parallelism: 1,
      salt: toBase64(new TextEncoder().encode('somesaltsomesalt')),
    });
    const b = await deriveKek('password', {
      name: 'argon2id',
      memoryKiB: 64,
      passes: 2,
      parallelism: 1,
      salt: toBase64(new TextEncoder().encode('somesaltsomesalt')),
    });
    expect(a).toEqual(b);
    expect(a).toHaveLength(32);
    const c = await deriveKek('password', {
      name: 'argon2id',
      memoryKiB: 64,
      passes: 3,
      parallelism: 1,
      salt: toBase64(new TextEncoder().encode('somesaltsomesalt')),
    });
    expect(c).not.toEqual(a);
  });

  it('unwraps the same data key with the passphrase and with the recovery key', async () => {
    const { envelope, dataKey, recoveryKey } = await createEnvelope('Ёлки-палки, 42 зелёных слона', options);
    expect(dataKey).toHaveLength(32);
    expect(await unwrapWithPassphrase(envelope, 'Ёлки-палки, 42 зелёных слона')).toEqual(dataKey);
    expect(await unwrapWithRecoveryKey(envelope, recoveryKey)).toEqual(dataKey);
    // Forgiving to read: lower case, spaces instead of dashes.
    expect(await unwrapWithRecoveryKey(envelope, recoveryKey.toLowerCase().replaceAll('-', ' '))).toEqual(dataKey);
    expect(JSON.stringify(envelope)).not.toContain('слона');
    expect(parseEnvelope(JSON.parse(JSON.stringify(envelope)))).toEqual(envelope);
  });

  it('refuses a wrong passphrase and a wrong recovery key', async () => {
    const { envelope, recoveryKey } = await createEnvelope('first passphrase here', options);
    await expect(unwrapWithPassphrase(envelope, 'first passphrase herE')).rejects.toBeInstanceOf(WrongSecretError);
    const other = (await createEnvelope('x', options)).recoveryKey;
    await expect(unwrapWithRecoveryKey(envelope, other)).rejects.toBeInstanceOf(WrongSecretError);
    await expect(
      unwrapWithRecoveryKey(envelope, recoveryKey.slice(0, -1) + (recoveryKey.endsWith('0') ? '1' : '0')),
    ).rejects.toThrow('Wrong recovery key.');
    // The passphrase does not open the recovery wrap, nor the other way round.
    await expect(
      unwrapWithPassphrase({ ...envelope, byPassphrase: envelope.byRecoveryKey }, 'first passphrase here'),
    ).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('rewraps on a passphrase change: the new one opens the same key, the old one no longer does', async () => {
    const { envelope, dataKey, recoveryKey } = await createEnvelope('old passphrase', options);
    const changed = await rewrapPassphrase(envelope, dataKey, 'new passphrase', FAST);
    expect(changed.keyId).toBe(envelope.keyId);
    expect(changed.byPassphrase.kdf.salt).not.toBe(envelope.byPassphrase.kdf.salt);
    expect(await unwrapWithPassphrase(changed, 'new passphrase')).toEqual(dataKey);
    await expect(unwrapWithPassphrase(changed, 'old passphrase')).rejects.toBeInstanceOf(WrongSecretError);
    expect(await unwrapWithRecoveryKey(changed, recoveryKey)).toEqual(dataKey);
  });

  it('raising the cost later: an envelope opens with the parameters it stores', async () => {
    const { envelope, dataKey } = await createEnvelope('pass', options);
    const raised = await rewrapPassphrase(envelope, dataKey, 'pass', { memoryKiB: 128, passes: 2, parallelism: 1 });
    expect(raised.byPassphrase.kdf).toMatchObject({ memoryKiB: 128, passes: 2 });
    expect(await unwrapWithPassphrase(raised, 'pass')).toEqual(dataKey);
  });

  it('detects tampering: an altered wrap, salt, cost or key id fails as a wrong secret, never a wrong key', async () => {
    const { envelope } = await createEnvelope('pass', options);
    const altered: KeyEnvelope[] = [
      { ...envelope, byPassphrase: { ...envelope.byPassphrase, wrapped: flipByte(envelope.byPassphrase.wrapped, 30) } },
      { ...envelope, byPassphrase: { ...envelope.byPassphrase, wrapped: flipByte(envelope.byPassphrase.wrapped, 3) } },
      {
        ...envelope,
        byPassphrase: {
          ...envelope.byPassphrase,
          kdf: { ...envelope.byPassphrase.kdf, salt: flipByte(envelope.byPassphrase.kdf.salt, 0) },
        },
      },
      { ...envelope, byPassphrase: { ...envelope.byPassphrase, kdf: { ...envelope.byPassphrase.kdf, passes: 2 } } },
      { ...envelope, keyId: '0'.repeat(32) },
    ];
    for (const candidate of altered)
      await expect(unwrapWithPassphrase(candidate, 'pass')).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('validates the stored shape with its version', async () => {
    const { envelope } = await createEnvelope('pass', options);
    expect(() => parseEnvelope({ ...envelope, version: 2 })).toThrow(InvalidEnvelopeError);
    expect(() => parseEnvelope({ ...envelope, aead: 'aes-gcm' })).toThrow(/aead/);
    expect(() =>
      parseEnvelope({
        ...envelope,
        byPassphrase: { ...envelope.byPassphrase, kdf: { ...envelope.byPassphrase.kdf, memoryKiB: 1 } },
      }),
    ).toThrow(/memoryKiB/);
    expect(() => parseEnvelope(null)).toThrow(InvalidEnvelopeError);
  });
});

describe('recovery key', () => {
  it('is 160 bits in Crockford base32 with a checksum, in groups of four', () => {
    const bytes = randomBytes(20);
    const text = formatRecoveryKey(bytes);
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseRecoveryKey(text)).toEqual(bytes);
    expect(parseRecoveryKey(text.replaceAll('1', 'l').replaceAll('0', 'o'))).toEqual(bytes);
  });

  it('refuses a mistyped key by its checksum', () => {
    const bytes = new Uint8Array(20).fill(7);
    const text = formatRecoveryKey(bytes);
    const chars = text.split('');
    chars[2] = chars[2] === 'A' ? 'B' : 'A';
    expect(parseRecoveryKey(chars.join(''))).toBeNull();
    expect(parseRecoveryKey(text.slice(0, -5))).toBeNull();
    expect(parseRecoveryKey(text.replace(/.$/, 'U'))).toBeNull();
  });
});

describe('sealed text', () => {
  it('round-trips with the key and the same additional data, never in clear', () => {
    const key = randomBytes(32);
    const sealed = sealText(key, 'Иван Петров — complained', 'clients/1');
    expect(isSealedText(sealed)).toBe(true);
    expect(sealed).not.toContain('Петров');
    expect(sealText(key, 'same', 'a')).not.toBe(sealText(key, 'same', 'a'));
    expect(openText(key, sealed, 'clients/1')).toBe('Иван Петров — complained');
  });

  it('fails authentication on another record, another key or a changed byte', () => {
    const key = randomBytes(32);
    const sealed = sealText(key, 'secret', 'clients/1');
    expect(() => openText(key, sealed, 'clients/2')).toThrow(TamperedError);
    expect(() => openText(randomBytes(32), sealed, 'clients/1')).toThrow(TamperedError);
    const body = sealed.slice(3);
    expect(() => openText(key, `x1:${flipByte(body, 26)}`, 'clients/1')).toThrow(TamperedError);
    expect(() => openText(key, 'x1:!!', 'clients/1')).toThrow(TamperedError);
    expect(() => openText(key, 'plain', 'clients/1')).toThrow(TamperedError);
  });
});
