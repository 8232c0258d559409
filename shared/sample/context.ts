/** What the sample journal's makers share: the seeded generator, the clock and each client's plan. */
import type { Client, Conversation } from '../domain/types';
import type { Random } from './random';
import type { SampleLanguage } from './vocabulary';

export interface Context {
  random: Random;
  nowMs: number;
  /** Offset of the director's time zone from UTC. */
  offsetMs: number;
}

export interface ClientPlan {
  client: Client;
  language: SampleLanguage;
  /** Start of the relationship (ms). */
  sinceMs: number;
  weight: number;
  conversationCount: number;
}

/** Conversations with their time as a number, so sorting 50 000 of them stays cheap. */
export interface Timed {
  atMs: number;
  id: string;
  conversation: Conversation;
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}
