import { describe, expect, it } from 'vitest';
import { visibleJournal, withoutDeleted, withoutPrivate } from '../../../shared/rules/privacy';
import { disputeDefaultsFrom } from '../../../shared/rules/disputes';

const conv = (id: string, extra: { private?: boolean; deletedAt?: string | null } = {}) => ({
  id,
  private: false,
  deletedAt: null,
  ...extra,
});
const dispute = (
  id: string,
  conversationIds: string[],
  extra: { private?: boolean; deletedAt?: string | null } = {},
) => ({
  id,
  private: false,
  deletedAt: null,
  conversationIds,
  ...extra,
});
const decision = (
  id: string,
  conversationId: string | null,
  disputeId: string | null,
  deletedAt: string | null = null,
) => ({
  id,
  conversationId,
  disputeId,
  deletedAt,
});

const journal = {
  clients: ['kept as they are'],
  conversations: [
    conv('public'),
    conv('secret', { private: true }),
    conv('gone', { deletedAt: '2026-11-01T00:00:00Z' }),
  ],
  disputes: [
    dispute('d-public', ['public', 'secret', 'gone']),
    dispute('d-secret', ['secret'], { private: true }),
    dispute('d-gone', [], { deletedAt: '2026-11-01T00:00:00Z' }),
  ],
  decisions: [
    decision('k-public', 'public', null),
    decision('k-on-public-dispute', null, 'd-public'),
    decision('k-in-secret', 'secret', null),
    decision('k-on-secret-dispute', 'public', 'd-secret'),
    decision('k-in-gone', 'gone', null),
    decision('k-on-gone-dispute', null, 'd-gone'),
    decision('k-deleted', 'public', null, '2026-11-01T00:00:00Z'),
    decision('k-unknown-conversation', 'never-seen', null),
  ],
};

describe('withoutPrivate', () => {
  it('removes private records and everything linked only to them, and everything deleted', () => {
    const shown = withoutPrivate(journal);
    expect(shown.clients).toBe(journal.clients);
    expect(shown.conversations.map((c) => c.id)).toEqual(['public']);
    expect(shown.disputes).toEqual([dispute('d-public', ['public'])]);
    expect(shown.decisions.map((d) => d.id)).toEqual(['k-public', 'k-on-public-dispute']);
  });

  it('leaves the input untouched', () => {
    withoutPrivate(journal);
    expect(journal.disputes[0]!.conversationIds).toEqual(['public', 'secret', 'gone']);
  });
});

describe('withoutDeleted', () => {
  it('keeps private entries but drops tombstones and decisions of deleted or missing conversations and disputes', () => {
    const shown = withoutDeleted(journal);
    expect(shown.conversations.map((c) => c.id)).toEqual(['public', 'secret']);
    expect(shown.disputes.map((d) => [d.id, d.conversationIds])).toEqual([
      ['d-public', ['public', 'secret']],
      ['d-secret', ['secret']],
    ]);
    expect(shown.decisions.map((d) => d.id)).toEqual([
      'k-public',
      'k-on-public-dispute',
      'k-in-secret',
      'k-on-secret-dispute',
    ]);
  });

  it('is what visibleJournal gives with private entries included', () => {
    expect(visibleJournal(journal, true)).toEqual(withoutDeleted(journal));
    expect(visibleJournal(journal, false)).toEqual(withoutPrivate(journal));
  });
});

describe('Open dispute on a conversation', () => {
  it('starts private when the conversation is private', () => {
    const base = { id: 'c1', clientId: 'a', openedOn: '2026-11-23', summary: 'Merger talk\nmore' };
    expect(disputeDefaultsFrom({ ...base, private: true })).toEqual({
      clientId: 'a',
      openedOn: '2026-11-23',
      conversationId: 'c1',
      title: 'Merger talk',
      private: true,
    });
    expect(disputeDefaultsFrom({ ...base, private: false }).private).toBe(false);
  });
});
