/**
 * The record cipher behind encryption.ts: XChaCha20-Poly1305 with the journal's data key
 * (shared/crypto/seal.ts). Imported dynamically, only when a protected journal is unlocked or
 * protection is turned on, so the start-up bundle carries no cryptography.
 */
import { openText, sealText } from '../../shared/crypto/seal';
import type { RecordCipher } from './encryption';

export function createRecordCipher(dataKey: Uint8Array): RecordCipher {
  const key = dataKey.slice();
  return {
    seal: (plaintext, aad) => sealText(key, plaintext, aad),
    open: (sealed, aad) => openText(key, sealed, aad),
  };
}
