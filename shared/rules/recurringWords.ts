/**
 * Recurring words in what clients said (the meeting agenda): the words that come back in the
 * likes, dislikes and "why they stay" of different conversations. Words are compared by their
 * Snowball stem (@orama/stemmers: "доставка", "доставку", "доставки" are one word; so are "price"
 * and "prices"), Russian and English stop words are ignored, ё counts as е.
 */
import { stemmer as russianStem } from '@orama/stemmers/russian';
import { stemmer as englishStem } from '@orama/stemmers/english';
import { eng, rus } from 'stopword';

export const STATEMENT_KINDS = ['whyStay', 'likes', 'dislikes'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** A word must come back in at least this many conversations to be "recurring". */
export const MIN_RECURRING_CONVERSATIONS = 2;
/** Shorter words say too little on an agenda ("ок", "да"). */
export const MIN_WORD_LENGTH = 3;

const STOP_WORDS = new Set([...eng, ...rus].map((w) => w.toLowerCase().replaceAll('ё', 'е')));

/** Lower-case words of a text, ё as е, without stop words, numbers and very short words. */
export function wordsOf(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replaceAll('ё', 'е')
      .match(/\p{L}+(?:[-'’]\p{L}+)*/gu) ?? [];
  return words.filter((w) => w.length >= MIN_WORD_LENGTH && !STOP_WORDS.has(w));
}

/** The stem a word is grouped by: Snowball Russian for Cyrillic, English for Latin letters. */
export function stemOf(word: string): string {
  if (/\p{Script=Cyrillic}/u.test(word)) return russianStem(word);
  if (/^[a-z'’-]+$/.test(word)) return englishStem(word);
  return word;
}

export interface Statement {
  conversationId: string;
  clientId: string;
  kind: StatementKind;
  text: string;
}

export interface RecurringWord {
  /** The form clients used most often (shortest, then alphabetical, on a tie). */
  word: string;
  stem: string;
  /** Conversations in which the word came back, in total and by kind of statement. */
  conversations: number;
  byKind: Record<StatementKind, number>;
  /** Clients who said it, in the order they first did. */
  clientIds: string[];
}

export function recurringWords(statements: readonly Statement[]): RecurringWord[] {
  interface Tally {
    conversations: Set<string>;
    byKind: Record<StatementKind, Set<string>>;
    clientIds: string[];
    forms: Map<string, number>;
  }
  const tallies = new Map<string, Tally>();
  for (const statement of statements) {
    const seen = new Set<string>();
    for (const word of wordsOf(statement.text)) {
      const stem = stemOf(word);
      let tally = tallies.get(stem);
      if (!tally) {
        tally = {
          conversations: new Set(),
          byKind: { whyStay: new Set(), likes: new Set(), dislikes: new Set() },
          clientIds: [],
          forms: new Map(),
        };
        tallies.set(stem, tally);
      }
      tally.forms.set(word, (tally.forms.get(word) ?? 0) + 1);
      if (seen.has(stem)) continue;
      seen.add(stem);
      tally.conversations.add(statement.conversationId);
      tally.byKind[statement.kind].add(statement.conversationId);
      if (!tally.clientIds.includes(statement.clientId)) tally.clientIds.push(statement.clientId);
    }
  }
  const result: RecurringWord[] = [];
  for (const [stem, tally] of tallies) {
    if (tally.conversations.size < MIN_RECURRING_CONVERSATIONS) continue;
    const word = [...tally.forms].sort(
      (a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    )[0]![0];
    result.push({
      word,
      stem,
      conversations: tally.conversations.size,
      byKind: {
        whyStay: tally.byKind.whyStay.size,
        likes: tally.byKind.likes.size,
        dislikes: tally.byKind.dislikes.size,
      },
      clientIds: tally.clientIds,
    });
  }
  return result.sort((a, b) => b.conversations - a.conversations || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}
