import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMeetingAgenda, type AgendaConversation, type AgendaDispute } from '../../../shared/rules/meetingAgenda';
import { recurringWords, stemOf, wordsOf } from '../../../shared/rules/recurringWords';

function conv(
  id: string,
  clientId: string,
  day: number,
  feedback: Partial<AgendaConversation['feedback']>,
  extra: Partial<AgendaConversation> = {},
): AgendaConversation {
  return {
    id,
    clientId,
    at: new Date(Date.UTC(2026, 10, day, 10)).toISOString(),
    deletedAt: null,
    feedback: { whyStay: '', likes: '', dislikes: '', criteria: {}, ...feedback },
    ...extra,
  };
}

function dispute(id: string, rootCause: AgendaDispute['rootCause'], openedOn: string): AgendaDispute {
  return {
    id,
    clientId: 'anna',
    title: ` Dispute ${id} `,
    openedOn,
    rootCause,
    status: 'open',
    private: false,
    deletedAt: null,
  };
}

const range = { fromMs: Date.UTC(2026, 10, 16), toMs: Date.UTC(2026, 10, 23) };
const period = { range, firstDay: '2026-11-16', lastDay: '2026-11-22' };

describe('words', () => {
  it('compares Russian and English words by stem, ё as е, without stop words', () => {
    expect(wordsOf('Быстрая доставка, и ещё всё — ок!')).toEqual(['быстрая', 'доставка']);
    expect(stemOf('доставку')).toBe(stemOf('доставка'));
    expect(stemOf('prices')).toBe(stemOf('price'));
    expect(wordsOf('The delivery was late, and it is 2 days')).toEqual(['delivery', 'late', 'days']);
  });

  it('a word is recurring when it comes back in two conversations; counted by kind, with who said it', () => {
    const words = recurringWords([
      { conversationId: 'c1', clientId: 'anna', kind: 'likes', text: 'Быстрая доставка' },
      { conversationId: 'c1', clientId: 'anna', kind: 'dislikes', text: 'Доставку переносили' },
      { conversationId: 'c2', clientId: 'boris', kind: 'dislikes', text: 'доставки нет по субботам' },
      { conversationId: 'c3', clientId: 'anna', kind: 'likes', text: 'вежливые менеджеры' },
    ]);
    expect(words).toEqual([
      {
        word: 'доставка',
        stem: stemOf('доставка'),
        conversations: 2,
        byKind: { whyStay: 0, likes: 1, dislikes: 2 },
        clientIds: ['anna', 'boris'],
      },
    ]);
  });
});

describe('buildMeetingAgenda', () => {
  const conversations = [
    conv('c1', 'anna', 16, {
      likes: 'Fast delivery',
      whyStay: 'Prices',
      criteria: { reliability: 'praised', courtesy: 'criticised' },
    }),
    conv('c2', 'boris', 17, { dislikes: 'Late delivery', criteria: { reliability: 'criticised' } }),
    conv('c3', 'vera', 18, { dislikes: 'Rude driver', criteria: { courtesy: 'criticised' } }),
    conv('c4', 'gleb', 19, { likes: 'The new app' }),
    conv('c5', 'dina', 20, {}), // no feedback
    conv('c6', 'egor', 10, { likes: 'Outside the period' }),
    conv('c7', 'egor', 20, { likes: 'Deleted' }, { deletedAt: '2026-11-21T00:00:00.000Z' }),
  ];
  const agenda = buildMeetingAgenda({
    conversations,
    disputes: [
      dispute('x', 'defect', '2026-11-17'),
      dispute('y', 'failedToExplain', '2026-11-18'),
      dispute('z', 'defect', '2026-11-22'),
      dispute('old', 'exaggerated', '2026-11-01'),
    ],
    ...period,
  });

  it('collects the statements of the period by kind, skipping deleted and out-of-period conversations', () => {
    expect(agenda.conversations).toBe(4);
    expect(agenda.statements.likes.map((s) => s.text)).toEqual(['Fast delivery', 'The new app']);
    expect(agenda.statements.dislikes.map((s) => s.text)).toEqual(['Late delivery', 'Rude driver']);
    expect(agenda.statements.whyStay.map((s) => s.text)).toEqual(['Prices']);
  });

  it('groups by criterion: who praised and criticised it, with the likes of praise and the dislikes of criticism', () => {
    expect(
      agenda.byCriterion.map((g) => ({
        c: g.criterion,
        praisedBy: g.praisedBy,
        criticisedBy: g.criticisedBy,
        good: g.good.map((s) => s.text),
        bad: g.bad.map((s) => s.text),
      })),
    ).toEqual([
      { c: 'courtesy', praisedBy: [], criticisedBy: ['anna', 'vera'], good: [], bad: ['Rude driver'] },
      {
        c: 'reliability',
        praisedBy: ['anna'],
        criticisedBy: ['boris'],
        good: ['Prices', 'Fast delivery'],
        bad: ['Late delivery'],
      },
    ]);
    expect(agenda.unlinked.map((s) => s.text)).toEqual(['The new app']);
  });

  it('names recurring words, the weakest criteria and the disputes of the period by root cause, biggest first', () => {
    expect(agenda.words.map((w) => [w.word, w.conversations, w.clientIds])).toEqual([
      ['delivery', 2, ['anna', 'boris']],
    ]);
    expect(agenda.weakest[0]).toBe('courtesy');
    expect(agenda.disputesByRootCause.map((g) => [g.rootCause, g.disputes.map((d) => d.title)])).toEqual([
      ['defect', ['Dispute x', 'Dispute z']],
      ['failedToExplain', ['Dispute y']],
    ]);
  });

  it('never lists a statement twice under one kind and never invents one (property)', () => {
    const text = fc.constantFrom('', 'fast delivery', 'late delivery', 'цены', 'вежливость');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            client: fc.constantFrom('a', 'b', 'c'),
            day: fc.integer({ min: 10, max: 25 }),
            likes: text,
            dislikes: text,
            whyStay: text,
          }),
          { maxLength: 15 },
        ),
        (raw) => {
          const list = raw.map((r, i) => conv(`k${i}`, r.client, r.day, r));
          const a = buildMeetingAgenda({ conversations: list, disputes: [], ...period });
          const inRange = list
            .filter((c) => Date.parse(c.at) >= range.fromMs && Date.parse(c.at) < range.toMs)
            .sort((x, y) => x.at.localeCompare(y.at) || x.id.localeCompare(y.id));
          for (const kind of ['likes', 'dislikes', 'whyStay'] as const) {
            expect(a.statements[kind].map((s) => s.conversationId)).toEqual(
              inRange.filter((c) => c.feedback[kind] !== '').map((c) => c.id),
            );
          }
          for (const w of a.words) expect(w.conversations).toBeGreaterThanOrEqual(2);
        },
      ),
    );
  });
});
