import type { ReactNode } from 'react';
import { normalizeTerm } from '../../db/searchIndex';

const WORD = /[\p{L}\p{N}]+/gu;

/** The text with every word that matched the query marked. */
export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  const wanted = new Set(terms);
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (!wanted.has(normalizeTerm(match[0]))) continue;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(<mark key={start}>{match[0]}</mark>);
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
