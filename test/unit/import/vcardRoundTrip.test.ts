/**
 * Any vCard the app itself could write (shared/import/vcardWriter.ts) reads back through the
 * parser and the import unchanged: Latin and Cyrillic text with commas, semicolons,
 * backslashes and newlines, long lines folded inside multi-byte characters' neighbourhood.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessTableMapping } from '../../../shared/import/mapping';
import { planImport } from '../../../shared/import/plan';
import { parseVCards } from '../../../shared/import/vcard';
import { foldLine, writeVCards, type VCardContact } from '../../../shared/import/vcardWriter';

const LETTERS = [...'abcXYZ', ...'абвгдеёжзийАБВЯЁ', ...'çé'];
const PUNCTUATION = [' ', ' ', ',', ';', '\n', '\\', '.', '-', "'", '«', '»', ':', '"'];

/** Text as a client field can hold it: trimmed, never empty where required. */
const text = (required: boolean) =>
  fc
    .array(fc.constantFrom(...LETTERS, ...PUNCTUATION), { minLength: required ? 1 : 0, maxLength: 120 })
    .map((chars) => chars.join('').trim())
    .filter((s) => (required ? s.length > 0 : true));

/** Tags as the client form allows: no commas (the form splits on them), unique, not VIP. */
const tag = fc
  .array(fc.constantFrom(...LETTERS, ' ', '-'), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join('').trim())
  .filter((s) => s.length > 0 && !['vip', 'вип'].includes(s.toLowerCase()));

const contact: fc.Arbitrary<VCardContact> = fc.record({
  name: text(true),
  organization: text(false),
  role: text(false),
  phone: fc.stringMatching(/^\+?[0-9][0-9 ()-]{0,18}[0-9]$/).map((s) => s.trim()),
  email: fc.constantFrom('', 'anna@example.test', 'ivan.petrov@пример.рф', 'x_y+z@mail.example'),
  tags: fc.uniqueArray(tag, { maxLength: 4, selector: (t) => t.toLowerCase() }),
  notes: text(false),
});

describe('the app’s vCard writer and the parser', () => {
  it('round-trip: what the app writes imports as the same clients', () => {
    fc.assert(
      fc.property(fc.array(contact, { minLength: 1, maxLength: 5 }), fc.boolean(), (contacts, familyFirst) => {
        const order = familyFirst ? 'familyFirst' : 'givenFirst';
        const table = parseVCards(writeVCards(contacts), { nameOrder: order });
        const plan = planImport(table, guessTableMapping(table, order).mapping, []);
        expect(plan.invalid).toEqual([]);
        expect(plan.rows.map((r) => r.candidate)).toEqual(
          contacts.map((c) => ({ ...c, tags: [...c.tags], vip: false })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('folds at 75 octets without splitting a character', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LETTERS, 'a', '😀'), { maxLength: 400 }), (chars) => {
        const line = `NOTE:${chars.join('')}`;
        const folded = foldLine(line);
        const physical = folded.split('\r\n');
        for (const part of physical) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
        expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
      }),
    );
  });
});
