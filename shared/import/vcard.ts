/**
 * vCard reading as phones and mail programs really write it: 2.1 (Android's default, the
 * versit specification), 3.0 (RFC 2425/2426: iPhone, macOS, Google) and 4.0 (RFC 6350).
 *
 * - Lines are unfolded (a line starting with a space or tab continues the previous one; 2.1
 *   keeps that whitespace, 3.0 and 4.0 drop it), and QUOTED-PRINTABLE values are joined across
 *   their soft line breaks (`=` at the end of a line) and decoded in their `CHARSET` (UTF-8,
 *   Windows-1251…; without one, UTF-8 when valid, else Windows-1251).
 * - Parameters come as `TYPE=work,voice`, repeated `TYPE=` or 2.1's bare `;CELL;PREF`.
 * - `PHOTO`, `LOGO`, `SOUND`, `KEY` and every other base64 block are skipped, including 2.1's
 *   unindented base64 lines that end at a blank line.
 * - Several `TEL`/`EMAIL`: the preferred one (`PREF`, `TYPE=pref`, `PREF=1`) or the first comes
 *   first; the others follow after ` ::: ` with their label (`TYPE`, or Apple's `X-ABLabel` of
 *   the same `item1.` group), and the import puts them into the client's notes.
 * - `ORG:Company;Department;Unit` → organization and department, `TITLE` (or `ROLE`) → role,
 *   `CATEGORIES` → tags, `NOTE` → notes, with `\,` `\;` `\n` `\\` unescaped.
 *
 * Each card becomes a row under fixed headers, so it goes through the same mapping,
 * validation and duplicate checks as a CSV file.
 */
import { decodeCharset } from './decode';
import type { NameOrder } from './names';
import type { ImportTable } from './table';

export const VCARD_HEADERS = ['Name', 'Organization', 'Department', 'Role', 'Phone', 'Email', 'Tags', 'Notes'] as const;

/** Joins the values of one multi-value cell, as Google Contacts does in its CSV export. */
export const MULTI_VALUE_SEPARATOR = ' ::: ';

export interface VCardOptions {
  /** How to join N's parts when a card has no FN. */
  nameOrder?: NameOrder;
  /** Words for TEL/EMAIL types in the notes ("cell" → "mobile"); the type itself otherwise. */
  typeLabels?: Readonly<Record<string, string>>;
}

interface Param {
  /** Upper case; '' for a bare 2.1 parameter such as `;CELL`. */
  name: string;
  values: string[];
}

interface Property {
  group: string;
  name: string;
  params: Param[];
  /** Decoded (quoted-printable and charset), still escaped. */
  value: string;
}

const LINE_BREAK = /\r\n|\r|\n/;
const BINARY_PROPERTIES = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', '8BIT', '7BIT', 'B']);
/** TYPE words that say nothing a person needs in a note. */
const SILENT_TYPES = new Set(['PREF', 'VOICE', 'INTERNET', 'X400', 'TEXT', 'MSG']);

export function looksLikeVCard(text: string): boolean {
  return /^\s*BEGIN:VCARD/i.test(text.replace(/^\uFEFF/, ''));
}

/** Index of the colon that ends the property's name and parameters (not one inside quotes). */
function valueStart(line: string): number {
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === ':' && !inQuotes) return i;
  }
  return -1;
}

function parseHead(head: string): { group: string; name: string; params: Param[] } {
  const parts = splitOutsideQuotes(head, ';');
  const fullName = (parts[0] ?? '').trim();
  const dot = fullName.lastIndexOf('.');
  const params: Param[] = parts.slice(1).map((raw) => {
    const eq = raw.indexOf('=');
    if (eq < 0) {
      const bare = raw.trim().toUpperCase();
      return BARE_ENCODINGS.has(bare) ? { name: 'ENCODING', values: [bare] } : { name: '', values: [bare] };
    }
    const values = splitOutsideQuotes(raw.slice(eq + 1), ',').flatMap((v) =>
      v
        .trim()
        .replace(/^"|"$/g, '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    );
    return { name: raw.slice(0, eq).trim().toUpperCase(), values };
  });
  return {
    group: dot >= 0 ? fullName.slice(0, dot).toLowerCase() : '',
    name: (dot >= 0 ? fullName.slice(dot + 1) : fullName).toUpperCase(),
    params,
  };
}

function splitOutsideQuotes(text: string, sep: string): string[] {
  const parts: string[] = [];
  let current = '';
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    if (ch === sep && !inQuotes) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function paramValue(params: Param[], name: string): string | null {
  return params.find((p) => p.name === name)?.values[0] ?? null;
}

function encodingOf(params: Param[]): string {
  return (paramValue(params, 'ENCODING') ?? '').toUpperCase();
}

/** Quoted-printable to bytes (RFC 2045 §6.7); an `=` not followed by two hex digits stays. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const hex = text.slice(i + 1, i + 3);
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      // Literal characters are ASCII in a quoted-printable value; anything else is kept as UTF-8.
      for (const b of new TextEncoder().encode(ch)) bytes.push(b);
    }
  }
  return new Uint8Array(bytes);
}

export function unescapeText(value: string): string {
  return value.replace(/\\([nN,;:\\])/g, (_m, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

/** Splits on `sep` that is not escaped with a backslash; the parts stay escaped. */
function splitUnescaped(value: string, sep: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\' && i + 1 < value.length) {
      current += ch + value[i + 1];
      i++;
    } else if (ch === sep) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function components(value: string): string[] {
  return splitUnescaped(value, ';').map((part) => unescapeText(part).trim());
}

function versionAhead(lines: string[], from: number): string {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*END:VCARD\s*$/i.test(line)) break;
    const match = /^VERSION:\s*(\S+)/i.exec(line);
    if (match) return match[1]!;
  }
  return '3.0';
}

export function parseVCards(text: string, options: VCardOptions = {}): ImportTable {
  const lines = text.replace(/^\uFEFF/, '').split(LINE_BREAK);
  const rows: ImportTable['rows'] = [];
  const versions = new Set<string>();
  let card: { line: number; props: Property[] } | null = null;
  let version = '3.0';
  let i = 0;
  while (i < lines.length) {
    const raw = lines[i]!;
    const lineNumber = i + 1;
    i++;
    const trimmed = raw.trim().toUpperCase();
    if (!card) {
      if (trimmed === 'BEGIN:VCARD') {
        card = { line: lineNumber, props: [] };
        version = versionAhead(lines, i);
        versions.add(version);
      }
      continue;
    }
    if (trimmed === '') continue;
    if (trimmed === 'END:VCARD') {
      rows.push({ line: card.line, cells: cardCells(card.props, options) });
      card = null;
      continue;
    }
    const colon = valueStart(raw);
    if (colon < 0) continue; // a stray line (for example base64 left over from a skipped block)
    const head = parseHead(raw.slice(0, colon));
    let value = raw.slice(colon + 1);
    const encoding = encodingOf(head.params);
    if (encoding === 'QUOTED-PRINTABLE') {
      // Soft line breaks: a value line ending in '=' continues on the next physical line.
      while (value.endsWith('=') && i < lines.length) value = value.slice(0, -1) + lines[i++];
    }
    while (i < lines.length && /^[ \t]/.test(lines[i]!)) value += version === '2.1' ? lines[i++] : lines[i++]!.slice(1);
    if (encoding === 'BASE64' || encoding === 'B' || BINARY_PROPERTIES.has(head.name)) {
      // 2.1 writers may leave base64 lines unindented; they hold no colon, a property line does.
      while (i < lines.length && lines[i]!.trim() !== '' && !lines[i]!.includes(':')) i++;
      continue;
    }
    if (encoding === 'QUOTED-PRINTABLE')
      value = decodeCharset(decodeQuotedPrintable(value), paramValue(head.params, 'CHARSET'));
    card.props.push({ ...head, value });
  }
  return { kind: 'vcard', headers: [...VCARD_HEADERS], rows, delimiter: null, versions: [...versions] };
}

function typesOf(prop: Property): string[] {
  return prop.params
    .filter((p) => p.name === 'TYPE' || p.name === '')
    .flatMap((p) => p.values.map((v) => v.toUpperCase()));
}

function preferenceOf(prop: Property): number {
  const pref = Number(paramValue(prop.params, 'PREF'));
  if (Number.isFinite(pref) && pref > 0) return pref;
  return typesOf(prop).includes('PREF') ? 1 : 101;
}

/** Apple writes its built-in labels as `_$!<Mobile>!$_`. */
function appleLabel(value: string): string {
  const match = /^_\$!<(.*)>!\$_$/.exec(value.trim());
  return (match ? match[1]! : value).trim();
}

function labelOf(prop: Property, all: Property[], options: VCardOptions): string {
  if (prop.group) {
    const abLabel = all.find((p) => p.group === prop.group && p.name === 'X-ABLABEL');
    if (abLabel) return appleLabel(unescapeText(abLabel.value));
  }
  return typesOf(prop)
    .filter((t) => !SILENT_TYPES.has(t) && !t.startsWith('X-'))
    .map((t) => options.typeLabels?.[t.toLowerCase()] ?? t.toLowerCase())
    .join(', ');
}

/** All values of a property, the preferred first; the others with their label. */
function multiValue(props: Property[], name: string, strip: RegExp, options: VCardOptions): string {
  const found = props
    .map((prop, index) => ({ prop, index }))
    .filter(({ prop }) => prop.name === name)
    .map(({ prop, index }) => ({ prop, index, value: unescapeText(prop.value).replace(strip, '').trim() }))
    .filter(({ value }) => value)
    .sort((a, b) => preferenceOf(a.prop) - preferenceOf(b.prop) || a.index - b.index);
  return found
    .map(({ prop, value }, i) => {
      const label = i === 0 ? '' : labelOf(prop, props, options);
      return label ? `${value} (${label})` : value;
    })
    .join(MULTI_VALUE_SEPARATOR);
}

function first(props: Property[], name: string): string {
  return props.find((p) => p.name === name && p.value.trim())?.value ?? '';
}

function nameOf(props: Property[], order: NameOrder): string {
  const formatted = unescapeText(first(props, 'FN')).trim();
  if (formatted) return formatted;
  // N: family;given;additional;prefix;suffix (each may be a comma list).
  const [family = '', given = '', additional = ''] = components(first(props, 'N'));
  const parts = order === 'familyFirst' ? [family, given, additional] : [given, additional, family];
  return parts
    .map((p) => p.replace(/,/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
}

function cardCells(props: Property[], options: VCardOptions): string[] {
  const [organization = '', ...units] = components(first(props, 'ORG'));
  const department = units.filter(Boolean).join(', ');
  const role = unescapeText(first(props, 'TITLE') || first(props, 'ROLE')).trim();
  const phone = multiValue(props, 'TEL', /^tel:/i, options);
  const email = multiValue(props, 'EMAIL', /^mailto:/i, options);
  const tags = props
    .filter((p) => p.name === 'CATEGORIES')
    .flatMap((p) => splitUnescaped(p.value, ',').map(unescapeText))
    .map((t) => t.trim())
    .filter(Boolean)
    .join(MULTI_VALUE_SEPARATOR);
  const notes = props
    .filter((p) => p.name === 'NOTE')
    .map((p) => unescapeText(p.value).trim())
    .filter(Boolean)
    .join('\n');
  return [nameOf(props, options.nameOrder ?? 'givenFirst'), organization, department, role, phone, email, tags, notes];
}
