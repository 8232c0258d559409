/**
 * What kind of file the user picked, from its first bytes rather than its name: an `.xlsx`
 * renamed to `.csv` is still a workbook, and a PDF or a photo must get a clear message
 * instead of a preview of mojibake.
 */
export type BinaryFormat = 'xls' | 'zip' | 'ods' | 'docx' | 'pdf' | 'image' | 'other';

export type FileKind = { kind: 'text' } | { kind: 'xlsx' } | { kind: 'binary'; format: BinaryFormat };

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** Whether an ASCII string occurs in the bytes (zip entry names are stored as plain text). */
function contains(bytes: Uint8Array, text: string, limit = bytes.length): boolean {
  const needle = ascii(text);
  const end = Math.min(bytes.length, limit) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const IMAGE_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  ascii('GIF8'),
  ascii('II*\0'), // TIFF
  ascii('MM\0*'),
];

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ascii('PK\x03\x04')) || startsWith(bytes, ascii('PK\x05\x06'))) {
    if (contains(bytes, 'xl/workbook')) return { kind: 'xlsx' };
    if (contains(bytes, 'application/vnd.oasis.opendocument.spreadsheet', 200))
      return { kind: 'binary', format: 'ods' };
    if (contains(bytes, 'word/')) return { kind: 'binary', format: 'docx' };
    return { kind: 'binary', format: 'zip' };
  }
  // OLE compound file: Excel 97–2003 (.xls), or a password-protected .xlsx.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'binary', format: 'xls' };
  if (startsWith(bytes, ascii('%PDF'))) return { kind: 'binary', format: 'pdf' };
  if (IMAGE_SIGNATURES.some((s) => startsWith(bytes, s))) return { kind: 'binary', format: 'image' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8))
    return { kind: 'binary', format: 'image' };
  if (startsWith(bytes, ascii('ftyp'), 4)) return { kind: 'binary', format: 'image' }; // HEIC from a phone
  const isUtf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!isUtf16) {
    // Text files never hold NUL bytes; archives, databases and other binaries nearly always do.
    const sample = bytes.subarray(0, 8192);
    if (sample.includes(0)) return { kind: 'binary', format: 'other' };
  }
  return { kind: 'text' };
}
