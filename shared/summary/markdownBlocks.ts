/** Markdown building blocks shared by the weekly summary and the meeting agenda. */

/** Backslash-escapes Markdown punctuation; newlines become `<br>` so a cell stays on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]{}<>|#~&!]/g, (ch) => `\\${ch}`)
    .replace(/\r\n?|\n/g, '<br>')
    .replace(/\t/g, ' ');
}

export type Align = 'left' | 'right';

export function table(headers: string[], rows: string[][], align: Align[] = []): string {
  const head = `| ${headers.map(escapeMarkdown).join(' | ')} |`;
  const rule = `| ${headers.map((_, i) => (align[i] === 'right' ? '---:' : '---')).join(' | ')} |`;
  // An empty cell is fine in GFM; a cell of only spaces would be too, but keep one space for readers.
  const body = rows.map((row) => `| ${row.map((cell) => escapeMarkdown(cell) || ' ').join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

export function emptyLine(text: string): string {
  return `_${escapeMarkdown(text)}_`;
}

/** "+2", "−1", "0": the criterion balance with an explicit sign. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}
