import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dispute, DisputeStatus, PlanStep } from '../../../shared/domain/types';
import { DISPUTE_STATUSES } from '../../../shared/domain/types';
import {
  allowedTransitions,
  canTransition,
  changeStatus,
  compareDisputes,
  disputeAgeDays,
  isStepOverdue,
  moveStep,
  overdueStepCount,
  planProgress,
  problemClientIds,
  resolvedOn,
  sortDisputes,
  titleFromSummary,
} from '../../../shared/rules/disputes';

function step(id: string, done = false, due: string | null = null): PlanStep {
  return { id, text: `step ${id}`, owner: 'me', due, done };
}

type Workflow = Pick<Dispute, 'status' | 'statusHistory' | 'plan'>;

function fresh(plan: PlanStep[] = []): Workflow {
  return { status: 'open', statusHistory: [{ status: 'open', at: '2026-11-01T09:00:00.000Z' }], plan };
}

describe('dispute status workflow', () => {
  it('allows exactly Open → In correction → Resolved, Open → Resolved and reopening', () => {
    expect(allowedTransitions('open')).toEqual(['inCorrection', 'resolved']);
    expect(allowedTransitions('inCorrection')).toEqual(['resolved']);
    expect(allowedTransitions('resolved')).toEqual(['open']);
    expect(canTransition('resolved', 'inCorrection')).toBe(false);
    expect(canTransition('inCorrection', 'open')).toBe(false);
    for (const s of DISPUTE_STATUSES) expect(canTransition(s, s)).toBe(false);
  });

  it('appends every change to the history with its instant', () => {
    const started = changeStatus(fresh(), 'inCorrection', '2026-11-02T10:00:00.000Z');
    expect(started).toEqual({
      ok: true,
      changes: {
        status: 'inCorrection',
        statusHistory: [
          { status: 'open', at: '2026-11-01T09:00:00.000Z' },
          { status: 'inCorrection', at: '2026-11-02T10:00:00.000Z' },
        ],
      },
    });
  });

  it('refuses a transition that is not in the workflow and leaves the dispute as it was', () => {
    const resolved: Workflow = { ...fresh(), status: 'resolved' };
    expect(changeStatus(resolved, 'inCorrection', '2026-11-03T00:00:00.000Z')).toEqual({
      ok: false,
      reason: 'notAllowed',
    });
  });

  it('refuses to resolve with unfinished steps unless the director confirms', () => {
    const dispute = fresh([step('a', true), step('b'), step('c')]);
    expect(changeStatus(dispute, 'resolved', '2026-11-05T00:00:00.000Z')).toEqual({
      ok: false,
      reason: 'unfinishedSteps',
      unfinished: 2,
    });
    const confirmed = changeStatus(dispute, 'resolved', '2026-11-05T00:00:00.000Z', { confirmUnfinished: true });
    expect(confirmed.ok && confirmed.changes.status).toBe('resolved');
  });

  it('resolves without confirmation when every step is done or there is no plan', () => {
    expect(changeStatus(fresh([step('a', true)]), 'resolved', '2026-11-05T00:00:00.000Z').ok).toBe(true);
    expect(changeStatus(fresh(), 'resolved', '2026-11-05T00:00:00.000Z').ok).toBe(true);
  });

  it('keeps the history through resolve and reopen', () => {
    let d = fresh();
    for (const [to, at] of [
      ['resolved', '2026-11-05T00:00:00.000Z'],
      ['open', '2026-11-07T00:00:00.000Z'],
      ['inCorrection', '2026-11-08T00:00:00.000Z'],
    ] as const) {
      const r = changeStatus(d, to, at);
      if (!r.ok) throw new Error('expected ok');
      d = { ...d, ...r.changes };
    }
    expect(d.statusHistory.map((h) => h.status)).toEqual(['open', 'resolved', 'open', 'inCorrection']);
  });

  it('property: any sequence of attempted changes keeps history length = 1 + successful changes, and the last entry is the status', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...DISPUTE_STATUSES), fc.boolean()), { maxLength: 30 }),
        (attempts) => {
          let d: Workflow = fresh([step('x')]);
          let successes = 0;
          attempts.forEach(([to, confirm], i) => {
            const r = changeStatus(d, to, new Date(Date.UTC(2026, 10, 2, 0, i)).toISOString(), {
              confirmUnfinished: confirm,
            });
            if (r.ok) {
              expect(canTransition(d.status, to)).toBe(true);
              d = { ...d, ...r.changes };
              successes++;
            }
          });
          expect(d.statusHistory).toHaveLength(1 + successes);
          expect(d.statusHistory.at(-1)?.status).toBe(d.status);
          // Instants only grow, so the history stays in time order.
          const ats = d.statusHistory.map((h) => h.at);
          expect([...ats].sort()).toEqual(ats);
        },
      ),
    );
  });
});

describe('dispute age', () => {
  it('counts days from opening to today while open, and to the resolution once resolved', () => {
    const open = { ...fresh(), openedOn: '2026-11-01' };
    expect(disputeAgeDays(open, '2026-11-01')).toBe(0);
    expect(disputeAgeDays(open, '2026-11-23')).toBe(22);
    const resolved = {
      openedOn: '2026-11-01',
      status: 'resolved' as DisputeStatus,
      statusHistory: [...open.statusHistory, { status: 'resolved' as DisputeStatus, at: '2026-11-10T12:00:00.000Z' }],
    };
    expect(resolvedOn(resolved)).toBe('2026-11-10');
    expect(disputeAgeDays(resolved, '2026-11-23')).toBe(9);
  });

  it('crosses month and year boundaries and never goes negative', () => {
    expect(disputeAgeDays({ ...fresh(), openedOn: '2025-12-30' }, '2026-01-02')).toBe(3);
    expect(disputeAgeDays({ ...fresh(), openedOn: '2026-12-01' }, '2026-11-30')).toBe(0);
  });
});

describe('correction plan', () => {
  it('reports progress as done/total', () => {
    expect(planProgress([step('a', true), step('b'), step('c', true)])).toEqual({ done: 2, total: 3 });
    expect(planProgress([])).toEqual({ done: 0, total: 0 });
  });

  it('marks a step overdue only when unfinished and due before today', () => {
    expect(isStepOverdue(step('a', false, '2026-11-22'), '2026-11-23')).toBe(true);
    expect(isStepOverdue(step('a', false, '2026-11-23'), '2026-11-23')).toBe(false);
    expect(isStepOverdue(step('a', true, '2026-11-01'), '2026-11-23')).toBe(false);
    expect(isStepOverdue(step('a', false, null), '2026-11-23')).toBe(false);
    expect(
      overdueStepCount(
        [step('a', false, '2026-11-01'), step('b', true, '2026-11-01'), step('c', false, '2026-12-01')],
        '2026-11-23',
      ),
    ).toBe(1);
  });

  it('moves steps up and down and ignores moves past either end', () => {
    const plan = [step('a'), step('b'), step('c')];
    expect(moveStep(plan, 'c', -1).map((s) => s.id)).toEqual(['a', 'c', 'b']);
    expect(moveStep(plan, 'a', 1).map((s) => s.id)).toEqual(['b', 'a', 'c']);
    expect(moveStep(plan, 'a', -1).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(moveStep(plan, 'c', 1).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(moveStep(plan, 'missing', 1).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(plan.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('property: moving never loses or duplicates a step, and up then down restores the order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        (ids, pick) => {
          const plan = ids.map((id) => step(id));
          const id = ids[pick % ids.length] as string;
          const up = moveStep(plan, id, -1);
          expect([...up.map((s) => s.id)].sort()).toEqual([...ids].sort());
          if (ids.indexOf(id) > 0) expect(moveStep(up, id, 1).map((s) => s.id)).toEqual(ids);
        },
      ),
    );
  });
});

describe('problem clients', () => {
  const d = (clientId: string, status: DisputeStatus, deletedAt: string | null = null) => ({
    clientId,
    status,
    deletedAt,
  });

  it('are the clients with an open or in-correction dispute that is not deleted', () => {
    const ids = problemClientIds([
      d('a', 'open'),
      d('b', 'inCorrection'),
      d('c', 'resolved'),
      d('e', 'open', '2026-11-01T00:00:00.000Z'),
    ]);
    expect([...ids].sort()).toEqual(['a', 'b']);
  });

  it('clears when the last active dispute of a client is resolved', () => {
    expect(problemClientIds([d('a', 'resolved'), d('a', 'open')]).has('a')).toBe(true);
    expect(problemClientIds([d('a', 'resolved'), d('a', 'resolved')]).has('a')).toBe(false);
  });

  it('property: a client is a problem client exactly when some live dispute of theirs is not resolved', () => {
    const arb = fc.array(
      fc.record({
        clientId: fc.constantFrom('a', 'b', 'c'),
        status: fc.constantFrom(...DISPUTE_STATUSES),
        deletedAt: fc.constantFrom(null, '2026-11-01T00:00:00.000Z'),
      }),
    );
    fc.assert(
      fc.property(arb, (disputes) => {
        const ids = problemClientIds(disputes);
        for (const c of ['a', 'b', 'c'])
          expect(ids.has(c)).toBe(
            disputes.some((x) => x.clientId === c && x.deletedAt === null && x.status !== 'resolved'),
          );
      }),
    );
  });
});

describe('disputes page order', () => {
  const row = (id: string, clientId: string, status: DisputeStatus, openedOn: string) => ({
    id,
    clientId,
    status,
    openedOn,
    createdAt: `${openedOn}T10:00:00.000Z`,
  });

  it('puts active disputes first, VIP clients first within them, then the oldest first', () => {
    const list = [
      row('resolvedVip', 'vip', 'resolved', '2026-01-01'),
      row('newPlain', 'plain', 'open', '2026-11-20'),
      row('oldPlain', 'plain', 'inCorrection', '2026-10-01'),
      row('newVip', 'vip', 'open', '2026-11-21'),
      row('resolvedPlain', 'plain', 'resolved', '2025-12-01'),
    ];
    expect(sortDisputes(list, new Set(['vip'])).map((d) => d.id)).toEqual([
      'newVip',
      'oldPlain',
      'newPlain',
      'resolvedVip',
      'resolvedPlain',
    ]);
  });

  it('property: the order is a total order independent of the input order', () => {
    const arb = fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 6 }),
        clientId: fc.constantFrom('a', 'b', 'c'),
        status: fc.constantFrom(...DISPUTE_STATUSES),
        openedOn: fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01'),
        createdAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z'),
      }),
      { selector: (d) => d.id },
    );
    fc.assert(
      fc.property(arb, (list) => {
        const vip = new Set(['a']);
        const sorted = sortDisputes(list, vip);
        expect(sortDisputes([...list].reverse(), vip)).toEqual(sorted);
        for (let i = 1; i < sorted.length; i++)
          expect(compareDisputes(sorted[i - 1]!, sorted[i]!, vip)).toBeLessThan(0);
        const firstResolved = sorted.findIndex((d) => d.status === 'resolved');
        if (firstResolved >= 0) expect(sorted.slice(firstResolved).every((d) => d.status === 'resolved')).toBe(true);
      }),
    );
  });
});

describe('title from summary', () => {
  it('takes the first line and shortens long ones', () => {
    expect(titleFromSummary('  Late delivery\nmore detail')).toBe('Late delivery');
    expect(titleFromSummary('x'.repeat(100))).toHaveLength(80);
    expect(titleFromSummary('')).toBe('');
  });
});
