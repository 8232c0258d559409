/**
 * The app's canonical vCard writer: vCard 3.0 (RFC 2426), the version phones and mail
 * programs all read. Text is escaped (`\\`, `\n`, `\,`, `\;`) and lines are folded at 75
 * octets without splitting a character, with CRLF line ends. The property test checks that
 * whatever this writes reads back through `parseVCards` and the import unchanged.
 */
export interface VCardContact {
  name: string;
  organization: string;
  role: string;
  phone: string;
  email: string;
  tags: readonly string[];
  notes: string;
}

const MAX_OCTETS = 75;

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');
}

/** Folds one content line: continuation lines start with a space (RFC 2425 §5.8.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line may hold 75 octets; a continuation holds 74 after its leading space.
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.map((part, i) => (i === 0 ? part : ` ${part}`)).join('\r\n');
}

export function writeVCard(contact: VCardContact): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${escapeText(contact.name)}`, `N:${escapeText(contact.name)};;;;`];
  if (contact.organization) lines.push(`ORG:${escapeText(contact.organization)}`);
  if (contact.role) lines.push(`TITLE:${escapeText(contact.role)}`);
  if (contact.phone) lines.push(`TEL;TYPE=VOICE:${escapeText(contact.phone)}`);
  if (contact.email) lines.push(`EMAIL;TYPE=INTERNET:${escapeText(contact.email)}`);
  if (contact.tags.length) lines.push(`CATEGORIES:${contact.tags.map(escapeText).join(',')}`);
  if (contact.notes) lines.push(`NOTE:${escapeText(contact.notes)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export function writeVCards(contacts: readonly VCardContact[]): string {
  return contacts.map(writeVCard).join('');
}
