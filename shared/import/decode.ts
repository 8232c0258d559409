/**
 * Text decoding for imported files. Russian Excel and Outlook save CSV in Windows-1251;
 * Excel's "Unicode text" is UTF-16 with a byte order mark; everything else is UTF-8, with or
 * without a byte order mark. Strict UTF-8 decoding fails on 1251 bytes (they are not valid
 * UTF-8 sequences), which tells the two apart reliably.
 */
export type TextEncodingName = 'utf-8' | 'windows-1251' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  hadBom: boolean;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', hadBom: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', hadBom: true };
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', hadBom };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(body), encoding: 'windows-1251', hadBom: false };
  }
}

/**
 * Bytes in a named charset (a vCard's `CHARSET=` parameter). An unknown charset name is read
 * as UTF-8. Invalid bytes become U+FFFD, which the import then refuses as garbled.
 */
export function decodeCharset(bytes: Uint8Array, charset: string | null): string {
  if (charset === null) {
    // No charset given: UTF-8 if the bytes are valid UTF-8, else the Cyrillic code page
    // older Russian phones and Outlook use.
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder('windows-1251').decode(bytes);
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset.trim().toLowerCase());
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
