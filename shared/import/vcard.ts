/**
 * vCard 3.0 and 4.0 reading (RFC 2426, RFC 6350): unfolds continuation lines, ignores
 * property groups (`item1.EMAIL`) and parameters (`TEL;TYPE=work`), unescapes values, and
 * turns each card into a row under fixed headers so it goes through the same mapping,
 * validation and duplicate checks as a CSV file.
 */
import type { ImportTable } from './table';

export const VCARD_HEADERS = ['Name', 'Organization', 'Role', 'Phone', 'Email', 'Tags'] as const;

interface Property {
  name: string;
  value: string;
}

function unescapeValue(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_m, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

/** Splits on unescaped `sep`. */
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

function parseLine(line: string): Property | null {
  // The value starts after the first colon that is not inside a quoted parameter value.
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === ':' && !inQuotes) {
      const head = line.slice(0, i);
      const name = (head.split(';')[0] ?? '').split('.').pop() ?? '';
      return { name: name.trim().toUpperCase(), value: line.slice(i + 1) };
    }
  }
  return null;
}

export function looksLikeVCard(text: string): boolean {
  return /^\s*BEGIN:VCARD/i.test(text.replace(/^\uFEFF/, ''));
}

export function parseVCards(text: string): ImportTable {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  // Unfold: a line starting with a space or tab continues the previous one.
  const logical: { line: number; text: string }[] = [];
  physical.forEach((raw, index) => {
    const last = logical[logical.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) last.text += raw.slice(1);
    else logical.push({ line: index + 1, text: raw });
  });

  const rows: ImportTable['rows'] = [];
  let card: { line: number; props: Property[] } | null = null;
  for (const { line, text: content } of logical) {
    const upper = content.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      card = { line, props: [] };
    } else if (upper === 'END:VCARD') {
      if (card) rows.push({ line: card.line, cells: cardCells(card.props) });
      card = null;
    } else if (card) {
      const prop = parseLine(content);
      if (prop) card.props.push(prop);
    }
  }
  return { kind: 'vcard', headers: [...VCARD_HEADERS], rows, delimiter: null };
}

function first(props: Property[], name: string): string {
  return props.find((p) => p.name === name)?.value ?? '';
}

function cardCells(props: Property[]): string[] {
  let name = unescapeValue(first(props, 'FN')).trim();
  if (!name) {
    // N: family;given;additional;prefix;suffix
    const [family = '', given = ''] = splitUnescaped(first(props, 'N'), ';').map(unescapeValue);
    name = [given, family]
      .map((s) => s.trim())
      .filter(Boolean)
      .join(' ');
  }
  const organization = splitUnescaped(first(props, 'ORG'), ';').map(unescapeValue)[0]?.trim() ?? '';
  const role = unescapeValue(first(props, 'TITLE') || first(props, 'ROLE')).trim();
  const phone = unescapeValue(first(props, 'TEL')).replace(/^tel:/i, '').trim();
  const email = unescapeValue(first(props, 'EMAIL'))
    .replace(/^mailto:/i, '')
    .trim();
  const tags = props
    .filter((p) => p.name === 'CATEGORIES')
    .flatMap((p) => splitUnescaped(p.value, ',').map(unescapeValue))
    .map((t) => t.trim())
    .filter(Boolean)
    .join(', ');
  return [name, organization, role, phone, email, tags];
}
