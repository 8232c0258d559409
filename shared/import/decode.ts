/**
 * Text decoding for imported files. Russian Excel saves CSV in Windows-1251; everything
 * else is UTF-8, with or without a byte order mark. Strict UTF-8 decoding fails on 1251
 * bytes (they are not valid UTF-8 sequences), which tells the two apart reliably.
 */
export type TextEncodingName = 'utf-8' | 'windows-1251';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  hadBom: boolean;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', hadBom };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(body), encoding: 'windows-1251', hadBom: false };
  }
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
