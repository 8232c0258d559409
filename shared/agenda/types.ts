/**
 * The meeting agenda as documents show it: the rule's result (`shared/rules/meetingAgenda.ts`)
 * with names, labels and dates in the document's language. The weekly summary carries one as its
 * "Meeting agenda" section; the Meeting agenda page exports one for any period.
 */
import type { Criterion, RootCause } from '../domain/types';
import type { Language } from '../domain/settings';
import type { StatementKind } from '../rules/recurringWords';

export interface AgendaItem {
  client: string;
  date: string;
  text: string;
}

export interface AgendaKindItem extends AgendaItem {
  kind: StatementKind;
  kindLabel: string;
}

export interface AgendaCriterionRow {
  key: Criterion;
  label: string;
  praised: number;
  criticised: number;
  /** "praised by 2 conversations (Anna, Boris)", or '' when nobody praised it. */
  praisedText: string;
  criticisedText: string;
  /** Likes and reasons to stay from the conversations that praised it. */
  good: AgendaKindItem[];
  /** Dislikes from the conversations that criticised it. */
  bad: AgendaKindItem[];
}

export interface AgendaWordRow {
  word: string;
  conversations: number;
  likes: number;
  dislikes: number;
  whyStay: number;
  clients: string[];
}

export interface AgendaWeakRow {
  key: Criterion;
  label: string;
  praised: number;
  criticised: number;
}

export interface AgendaRootCauseRow {
  key: RootCause;
  label: string;
  /** "2 disputes". */
  countText: string;
  disputes: { title: string; client: string; statusLabel: string; private: boolean }[];
}

export interface AgendaSection {
  /** Conversations of the period with any feedback. */
  conversations: number;
  conversationsText: string;
  likes: AgendaItem[];
  dislikes: AgendaItem[];
  whyStay: AgendaItem[];
  byCriterion: AgendaCriterionRow[];
  unlinked: AgendaKindItem[];
  words: AgendaWordRow[];
  weakest: AgendaWeakRow[];
  disputesByRootCause: AgendaRootCauseRow[];
  labels: AgendaLabels;
}

export interface AgendaLabels {
  sections: Record<
    'byCriterion' | 'words' | 'likes' | 'dislikes' | 'whyStay' | 'unlinked' | 'weakest' | 'disputes',
    string
  >;
  columns: Record<
    'word' | 'conversations' | 'likes' | 'dislikes' | 'whyStay' | 'clients' | 'criterion' | 'praised' | 'criticised',
    string
  >;
  empty: Record<'statements' | 'criteria' | 'words' | 'weakest' | 'disputes', string>;
  private: string;
}

/** The Meeting agenda page's document: one period's agenda, ready for Markdown and PDF. */
export interface MeetingAgendaDocument {
  language: Language;
  title: string;
  /** "16–22 November 2026". */
  periodLabel: string;
  firstDay: string;
  lastDay: string;
  includePrivate: boolean;
  privacyNote: string;
  footer: string;
  agenda: AgendaSection;
}
