// The fixture week is built from local wall-clock times; a zone east of UTC makes Monday 00:00
// local a Sunday in UTC, so a boundary computed in UTC by mistake would fail these tests.
import './tz-moscow';
import { describe, expect, it } from 'vitest';
import type { Dispute } from '../../../shared/domain/types';
import { buildWeeklySummary, type WeeklySummary } from '../../../shared/summary/model';
import { toMarkdown } from '../../../shared/summary/markdown';
import { toHtml } from '../../../shared/summary/html';
import { toCsv } from '../../../shared/summary/csv';
import { PRIVATE_TEXTS, SECRETS, WEEK, local, summaryFixture } from '../../fixtures/summary-week';

const options = { includePrivate: false, language: 'en' } as const;

function build(includePrivate = false, language: 'en' | 'ru' = 'en'): WeeklySummary {
  return buildWeeklySummary(summaryFixture(), { includePrivate, language });
}

describe('weekly summary model', () => {
  it('runs in a zone east of UTC', () => {
    expect(new Date(2026, 10, 23).getTimezoneOffset()).toBe(-180);
  });

  it('names the week and its dates', () => {
    const m = build();
    expect(m.week).toBe(WEEK);
    expect(m.firstDay).toBe('2026-11-23');
    expect(m.lastDay).toBe('2026-11-29');
    expect(m.dateRange).toBe('23–29 November 2026');
    expect(build(false, 'ru').dateRange).toBe('23–29 ноября 2026');
    expect(m.fromMs).toBe(Date.parse(local(2026, 11, 23)));
    expect(m.toMs).toBe(Date.parse(local(2026, 11, 30)));
  });

  it('keeps Monday 00:00:00 and Sunday 23:59:59 local time and drops the seconds around them', () => {
    const ids = build().conversations.map((c) => c.id);
    expect(ids).toEqual(['c1', 'c2', 'c3', 'c4', 'c6', 'c7']);
    expect(ids).not.toContain('c0');
    expect(ids).not.toContain('c8');
    expect(build().conversations[0]!.dateTime).toBe('2026-11-23 00:00');
    expect(build().conversations.at(-1)!.dateTime).toBe('2026-11-29 23:59');
  });

  it('counts conversations by outcome and by channel', () => {
    const m = build();
    expect(m.totals).toEqual({ conversations: 6, satisfied: 4, neutral: 1, complaints: 1 });
    expect(m.byOutcome.map((r) => [r.key, r.count])).toEqual([
      ['satisfied', 4],
      ['neutral', 1],
      ['complaint', 1],
    ]);
    expect(Object.fromEntries(m.byChannel.map((r) => [r.key, r.count]))).toEqual({
      call: 2,
      meeting: 1,
      video: 1,
      email: 1,
      message: 1,
    });
    expect(m.byOutcome[0]!.share).toBe('67%');
  });

  it('computes the ratio and owed for the week (a client pays a quest once)', () => {
    const m = build();
    expect(m.balance.ratio).toBe(4);
    expect(m.balance.ratioText).toBe('4 : 1');
    // Complaint from A on Monday 00:00; satisfied B, C, B again, E → 3 paid of 10.
    expect(m.balance.owed).toBe(7);
    expect(m.figures.find((f) => f.key === 'owed')!.value).toBe('7');
    expect(m.balance.owedText).toBe('7 more satisfied clients are owed for this week’s complaints.');
    expect(build(false, 'ru').balance.owedText).toBe('За жалобы этой недели нужно ещё 7 довольных клиентов.');
  });

  it('shows "no complaints" instead of a ratio when there were none', () => {
    const input = summaryFixture();
    input.conversations = input.conversations.filter((c) => c.outcome !== 'complaint');
    const m = buildWeeklySummary(input, { includePrivate: false, language: 'en' });
    expect(m.balance.ratio).toBeNull();
    expect(m.balance.ratioText).toBe('no complaints');
    expect(m.balance.owed).toBe(0);
  });

  it('lists each conversation with client, channel, direction, outcome and summary', () => {
    const c2 = build().conversations.find((c) => c.id === 'c2')!;
    expect(c2).toMatchObject({
      client: 'Boris Beck',
      organization: 'Beta Ltd',
      channelLabel: 'Meeting',
      directionLabel: 'Director reached out',
      outcomeLabel: 'Satisfied',
      summary: 'Renewal signed, "great" service | thanks',
      criteriaPraised: ['Competence'],
      criteriaCriticised: ['Reliability'],
    });
  });

  it('leaves private conversations, disputes and their decisions out by default, and every note always', () => {
    const m = build(false);
    const all = [toMarkdown(m), toHtml(m), toCsv(m), JSON.stringify(m)].join('\n');
    for (const text of [...PRIVATE_TEXTS, ...SECRETS, 'Private like']) expect(all).not.toContain(text);
    expect(m.conversations.some((c) => c.client === 'Fyodor Ivanov')).toBe(false);
    // Figures agree with the rows shown.
    expect(m.criteria.rows.find((r) => r.key === 'security')!.praised).toBe(0);
  });

  it('includes private entries when asked, marked as private, but still no notes', () => {
    const m = build(true);
    expect(m.totals).toEqual({ conversations: 7, satisfied: 5, neutral: 1, complaints: 1 });
    expect(m.balance.owed).toBe(6);
    expect(m.conversations.find((c) => c.id === 'c5')).toMatchObject({ private: true, incognito: true });
    expect(m.disputes.opened.map((d) => d.title)).toContain('Private dispute title');
    expect(m.decisions.rows.map((d) => d.decision)).toContain('Private decision');
    expect(m.agenda.likes.map((i) => i.text)).toContain('Private like');
    expect(m.privacyNote).toMatch(/private entries/i);
    const all = [toMarkdown(m), toHtml(m), toCsv(m), JSON.stringify(m)].join('\n');
    for (const secret of SECRETS) expect(all).not.toContain(secret);
  });

  it('sorts disputes into opened, resolved and still open at week end, with plan progress', () => {
    const { disputes } = build();
    expect(disputes.opened.map((d) => d.id)).toEqual(['d1']);
    expect(disputes.resolved.map((d) => d.id)).toEqual(['d2']);
    // d4 was resolved only the week after: at week end it was in correction.
    expect(disputes.openAtEnd.map((d) => [d.id, d.status])).toEqual([
      ['d4', 'inCorrection'],
      ['d1', 'open'],
    ]);
    const d1 = disputes.opened[0]!;
    expect([d1.planDone, d1.planTotal, d1.overdueSteps]).toEqual([1, 3, 1]);
    expect(d1.planText).toBe('1 of 3 steps done · 1 step overdue');
  });

  it('labels a week in progress and counts its overdue as of now; a complete week as of its end', () => {
    // Wednesday 25 November, noon: Thursday's broken promise and the resolution of d2 have not
    // happened yet, and what is due on Wednesday or later is not overdue.
    const input = { ...summaryFixture(), nowMs: Date.parse(local(2026, 11, 25, 12)) };
    const m = buildWeeklySummary(input, { includePrivate: false, language: 'en' });
    expect(m.progress).toEqual({
      inProgress: true,
      asOfMs: Date.parse(local(2026, 11, 25, 12)),
      note: 'so far, up to Wed 25 Nov',
    });
    expect(toMarkdown(m)).toContain('23–29 November 2026** (so far, up to Wed 25 Nov)');
    expect(toHtml(m)).toContain('so far, up to Wed 25 Nov');
    expect(buildWeeklySummary(input, { includePrivate: false, language: 'ru' }).progress.note).toBe(
      'пока что, на ср, 25 нояб.',
    );
    expect([m.decisions.kept, m.decisions.broken, m.decisions.overdue]).toEqual([1, 0, 0]);
    expect(m.figures.find((f) => f.key === 'overdueDecisions')!.value).toBe('0');
    expect(m.disputes.resolved).toEqual([]);
    expect(m.disputes.openAtEnd.map((d) => d.id)).toEqual(['d4', 'd2', 'd1']);
    // Step s2 is due today (Wednesday): not overdue yet.
    expect(m.disputes.opened[0]!.planText).toBe('1 of 3 steps done');
    // Two days later k1 (due Friday) is still not overdue, s2 is.
    const friday = buildWeeklySummary(
      { ...input, nowMs: Date.parse(local(2026, 11, 27, 18)) },
      { includePrivate: false, language: 'en' },
    );
    expect(friday.decisions.overdue).toBe(0);
    expect(friday.disputes.opened[0]!.planText).toBe('1 of 3 steps done · 1 step overdue');

    // The week once over: as of its end, and no "so far".
    const complete = buildWeeklySummary(
      { ...input, nowMs: Date.parse(local(2026, 12, 1, 10)) },
      { includePrivate: false, language: 'en' },
    );
    expect(complete.progress).toEqual({ inProgress: false, asOfMs: complete.toMs, note: null });
    expect(toMarkdown(complete)).not.toContain('so far');
    expect([complete.decisions.kept, complete.decisions.broken, complete.decisions.overdue]).toEqual([1, 1, 1]);
  });

  it('counts a dispute entered before its opening date from when it was entered, as the dashboard does', () => {
    // On Wednesday at 10:00 two disputes are entered with dates ahead: Friday, and next Wednesday.
    // The dashboard shows both open from that moment (and their clients as problem clients).
    const entered = local(2026, 11, 25, 10);
    const ahead = (id: string, clientId: string, openedOn: string): Dispute => ({
      ...summaryFixture().disputes[0]!,
      id,
      clientId,
      title: `Dated ${openedOn}`,
      openedOn,
      createdAt: entered,
      updatedAt: entered,
      conversationIds: [],
      plan: [],
      statusHistory: [{ status: 'open', at: entered }],
    });
    const fixture = summaryFixture();
    const input = {
      ...fixture,
      disputes: [...fixture.disputes, ahead('f1', 'c', '2026-11-27'), ahead('f2', 'd', '2026-12-02')],
    };
    const before = buildWeeklySummary({ ...input, nowMs: Date.parse(local(2026, 11, 25, 9)) }, options);
    expect(before.disputes.openAtEnd.map((d) => d.id)).not.toContain('f1');
    const noon = buildWeeklySummary({ ...input, nowMs: Date.parse(local(2026, 11, 25, 12)) }, options);
    expect(noon.disputes.openAtEnd.map((d) => d.id)).toEqual(expect.arrayContaining(['f1', 'f2']));
    // Opened this week: the one dated within it.
    expect(noon.disputes.opened.map((d) => d.id)).toEqual(['d1', 'f1']);
    // The complete week: both existed at its end; only f1 was opened in it.
    const complete = buildWeeklySummary(input, options);
    expect(complete.disputes.openAtEnd.map((d) => d.id)).toEqual(expect.arrayContaining(['f1', 'f2']));
    expect(complete.disputes.opened.map((d) => d.id)).toEqual(['d1', 'f1']);
  });

  it('counts decisions taken, kept, broken and overdue in the week', () => {
    const { decisions } = build();
    expect([decisions.taken, decisions.kept, decisions.broken, decisions.overdue]).toEqual([1, 1, 1, 1]);
    expect(decisions.rows.map((d) => d.id)).toEqual(['k3', 'k2', 'k1']);
    expect(decisions.rows.find((d) => d.id === 'k1')).toMatchObject({
      overdue: true,
      due: '27 Nov 2026',
      statusLabel: 'Pending',
    });
    expect(build(true).decisions.overdue).toBe(2);
  });

  it('takes kept, changed and broken from the decision history, not from the last edit', () => {
    const input = summaryFixture();
    const k2 = input.decisions.find((d) => d.id === 'k2')!;
    const taken = { status: 'pending' as const, at: local(2026, 10, 1, 9) };
    input.decisions = [
      ...input.decisions,
      // Kept on 14 October; its wording was fixed during the week: not kept this week.
      {
        ...k2,
        id: 'k6',
        decision: 'Kept in October',
        status: 'kept',
        statusHistory: [taken, { status: 'kept', at: local(2026, 10, 14, 12) }],
        updatedAt: local(2026, 11, 24, 10),
      },
      // Changed during the week.
      {
        ...k2,
        id: 'k7',
        decision: 'Changed this week',
        status: 'changed',
        statusHistory: [taken, { status: 'changed', at: local(2026, 11, 24, 15) }],
        updatedAt: local(2026, 11, 24, 15),
      },
      // Kept during the week, broken the week after: this week's report says kept.
      {
        ...k2,
        id: 'k8',
        decision: 'Kept, then broken',
        status: 'broken',
        statusHistory: [
          taken,
          { status: 'kept', at: local(2026, 11, 27, 9) },
          { status: 'broken', at: local(2026, 12, 2, 9) },
        ],
        updatedAt: local(2026, 12, 2, 9),
      },
    ];
    const { decisions } = buildWeeklySummary(input, { includePrivate: false, language: 'en' });
    expect(decisions.rows.map((d) => d.id)).not.toContain('k6');
    expect([decisions.taken, decisions.kept, decisions.changed, decisions.broken]).toEqual([1, 2, 1, 1]);
    expect(decisions.rows.find((d) => d.id === 'k8')).toMatchObject({ kept: true, statusLabel: 'Kept on 27 Nov' });
    expect(decisions.rows.find((d) => d.id === 'k7')).toMatchObject({
      changed: true,
      statusLabel: 'Changed on 24 Nov',
    });
    expect(decisions.countsText).toBe('Taken: 1 · kept: 2 · changed: 1 · broken: 1 · overdue: 1');
    const ru = buildWeeklySummary(input, { includePrivate: false, language: 'ru' }).decisions;
    expect(ru.rows.find((d) => d.id === 'k8')!.statusLabel).toBe('Выполнено 27 нояб.');
  });

  it('tallies service criteria and names the weakest criticised ones', () => {
    const { criteria } = build();
    expect(criteria.rows.find((r) => r.key === 'reliability')).toMatchObject({
      praised: 0,
      criticised: 2,
      balance: -2,
    });
    expect(criteria.weakest.map((r) => r.key)).toEqual(['reliability', 'communication']);
  });

  it('names no weak criterion when the week only praised (one rule with the dashboard)', () => {
    const input = summaryFixture();
    for (const c of input.conversations) {
      const marks = c.feedback.criteria;
      for (const key of Object.keys(marks) as (keyof typeof marks)[]) marks[key] = 'praised';
    }
    const m = buildWeeklySummary(input, { includePrivate: false, language: 'en' });
    expect(m.criteria.mentioned).toBe(true);
    expect(m.criteria.weakest).toEqual([]);
    expect(toMarkdown(m)).toContain('No criterion was criticised this week.');
    expect(toHtml(m)).toContain('No criterion was criticised this week.');
    const ru = buildWeeklySummary(input, { includePrivate: false, language: 'ru' });
    expect(toMarkdown(ru)).toContain('На этой неделе ни один критерий не критиковали.');
  });

  it('suggests whom to call next week: only clients who can still pay the week’s open quest, VIP first, no problem clients', () => {
    // B, C and E already count in the week's only quest (A's complaint): calling them again cannot
    // reduce what is owed. A complained (and has an open dispute); G was neutral.
    expect(build().callList).toEqual([]);
    const input = summaryFixture();
    const base = input.clients.find((c) => c.id === 'c')!;
    input.clients = [
      ...input.clients,
      { ...base, id: 'h', name: 'Hanna Berg', organization: 'Hotel' },
      { ...base, id: 'i', name: 'Igor Lenz', organization: 'India', vip: true },
    ];
    input.journal = [
      ...input.journal,
      { id: 'h1', clientId: 'h', atMs: Date.parse(local(2026, 10, 1, 10)), outcome: 'satisfied', private: false },
      { id: 'i1', clientId: 'i', atMs: Date.parse(local(2026, 11, 2, 10)), outcome: 'satisfied', private: false },
    ];
    const m = buildWeeklySummary(input, { includePrivate: false, language: 'en' });
    expect(m.callList.map((r) => r.clientId)).toEqual(['i', 'h']);
    expect(m.callList[0]).toMatchObject({ vip: true, lastContact: '2 Nov 2026', daysSince: 27 });
    // Nothing owed this week: no call list.
    input.conversations = input.conversations.filter((c) => c.outcome !== 'complaint');
    expect(buildWeeklySummary(input, { includePrivate: false, language: 'en' }).callList).toEqual([]);
  });

  it('collects likes, dislikes and why clients stay as a meeting agenda', () => {
    const { agenda } = build();
    expect(agenda.likes.map((i) => [i.client, i.text])).toEqual([
      ['Boris Beck', 'Fast answers'],
      ['Иван Комаров', 'Вежливые менеджеры'],
    ]);
    expect(agenda.dislikes.map((i) => i.text)).toEqual(['Invoices arrive late', 'Долго отвечают']);
    expect(agenda.whyStay.map((i) => i.text)).toEqual(['You pick up the phone']);
  });

  it('speaks Russian when asked, with the same numbers', () => {
    const en = build(false, 'en');
    const ru = build(false, 'ru');
    expect(ru.title).toBe('Отчёт за неделю');
    expect(ru.conversations[0]!.outcomeLabel).toBe('Жалоба');
    expect(ru.figures.map((f) => f.key)).toEqual(en.figures.map((f) => f.key));
    expect(ru.totals).toEqual(en.totals);
    expect(ru.balance.owed).toBe(en.balance.owed);
  });

  it('ignores deleted records', () => {
    const input = summaryFixture();
    input.conversations = input.conversations.map((c) =>
      c.id === 'c1' ? { ...c, deletedAt: '2026-11-28T00:00:00.000Z' } : c,
    );
    input.disputes = input.disputes.map((d) => (d.id === 'd1' ? { ...d, deletedAt: '2026-11-28T00:00:00.000Z' } : d));
    const m = buildWeeklySummary(input, { includePrivate: false, language: 'en' });
    expect(m.totals.complaints).toBe(0);
    expect(m.disputes.opened).toEqual([]);
  });

  it('ignores a decision whose conversation or dispute is deleted, in every format and the overdue count', () => {
    const input = summaryFixture();
    // An older version tombstoned the private conversation c5 alone: its decision k4 stayed live.
    input.conversations = input.conversations.map((c) =>
      c.id === 'c5' ? { ...c, deletedAt: '2026-11-28T00:00:00.000Z' } : c,
    );
    input.journal = input.journal.filter((r) => r.id !== 'c5');
    // A decision on a dispute that is deleted (live disputes only are given to the summary).
    input.decisions = [
      ...input.decisions,
      { ...input.decisions[0]!, id: 'k9', conversationId: null, disputeId: 'gone', decision: 'On a deleted dispute' },
    ];
    for (const includePrivate of [false, true]) {
      const m = buildWeeklySummary(input, { includePrivate, language: 'en' });
      const all = [toMarkdown(m), toHtml(m), toCsv(m)].join('\n');
      expect(all).not.toContain('Private decision');
      expect(all).not.toContain('On a deleted dispute');
      expect(m.decisions.rows.map((d) => d.id)).not.toContain('k4');
      expect(m.decisions.overdue).toBe(build(false).decisions.overdue);
    }
  });

  it('keeps a client with a private open dispute on the call list when private entries are left out', () => {
    const input = summaryFixture();
    const base = input.clients.find((c) => c.id === 'c')!;
    input.clients = [
      ...input.clients,
      { ...base, id: 'h', name: 'Hanna Berg', organization: 'Hotel' },
      { ...base, id: 'i', name: 'Igor Lenz', organization: 'India', vip: true },
    ];
    input.journal = [
      ...input.journal,
      { id: 'h1', clientId: 'h', atMs: Date.parse(local(2026, 10, 1, 10)), outcome: 'satisfied', private: false },
      { id: 'i1', clientId: 'i', atMs: Date.parse(local(2026, 11, 2, 10)), outcome: 'satisfied', private: false },
    ];
    const before = buildWeeklySummary(input, { includePrivate: false, language: 'en' });
    input.disputes = [
      ...input.disputes,
      { ...input.disputes[2]!, id: 'd9', clientId: 'h', title: 'Private trouble', status: 'open', statusHistory: [] },
    ];
    const m = buildWeeklySummary(input, { includePrivate: false, language: 'en' });
    // Exactly what the summary shows without the private dispute: nothing tells it exists.
    expect(m.callList.map((r) => r.clientId)).toEqual(['i', 'h']);
    expect(toMarkdown(m)).toBe(toMarkdown(before));
    // The director's own copy knows H is a problem client now.
    expect(buildWeeklySummary(input, { includePrivate: true, language: 'en' }).callList.map((r) => r.clientId)).toEqual(
      ['i'],
    );
  });
});
