import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DecisionDraft, DecisionStatus } from '../../../shared/domain/types';
import { DECISION_STATUSES } from '../../../shared/domain/types';
import {
  buildDecision,
  compareDecisions,
  decisionChanges,
  decisionDraftState,
  decisionDraftsNeedingText,
  emptyDecisionDraft,
  isDecisionOverdue,
  promiseKeeping,
  sortDecisions,
} from '../../../shared/rules/decisions';

describe('decision overdue', () => {
  it('is overdue only while pending with a due date before today', () => {
    expect(isDecisionOverdue({ status: 'pending', due: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isDecisionOverdue({ status: 'pending', due: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isDecisionOverdue({ status: 'pending', due: null }, '2026-11-23')).toBe(false);
    for (const status of ['kept', 'changed', 'broken'] as const)
      expect(isDecisionOverdue({ status, due: '2026-01-01' }, '2026-11-23')).toBe(false);
  });
});

describe('promise keeping', () => {
  const d = (status: DecisionStatus, deletedAt: string | null = null) => ({ status, deletedAt });

  it('is kept ÷ (kept + broken), ignoring pending, changed and deleted decisions', () => {
    const figure = promiseKeeping([
      d('kept'),
      d('kept'),
      d('kept'),
      d('broken'),
      d('pending'),
      d('changed'),
      d('broken', '2026-11-01T00:00:00.000Z'),
    ]);
    expect(figure).toEqual({ kept: 3, broken: 1, ratio: 0.75 });
  });

  it('is null when nothing was judged kept or broken yet', () => {
    expect(promiseKeeping([]).ratio).toBeNull();
    expect(promiseKeeping([d('pending'), d('changed')]).ratio).toBeNull();
    expect(promiseKeeping([d('broken')]).ratio).toBe(0);
  });

  it('property: the ratio is within [0, 1] and null exactly when kept + broken is 0', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...DECISION_STATUSES)), (statuses) => {
        const f = promiseKeeping(statuses.map((s) => d(s)));
        expect(f.kept).toBe(statuses.filter((s) => s === 'kept').length);
        expect(f.broken).toBe(statuses.filter((s) => s === 'broken').length);
        if (f.kept + f.broken === 0) expect(f.ratio).toBeNull();
        else {
          expect(f.ratio).toBeGreaterThanOrEqual(0);
          expect(f.ratio).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('register order', () => {
  const row = (id: string, status: DecisionStatus, due: string | null, decidedOn = '2026-11-01') => ({
    id,
    status,
    due,
    decidedOn,
    createdAt: `${decidedOn}T10:00:00.000Z`,
  });

  it('lists pending first by due date with no due date last, then the rest newest first', () => {
    const list = [
      row('keptOld', 'kept', '2026-10-01', '2026-10-01'),
      row('pendingNoDue', 'pending', null),
      row('pendingLate', 'pending', '2026-12-01'),
      row('brokenNew', 'broken', null, '2026-11-20'),
      row('pendingSoon', 'pending', '2026-11-10'),
    ];
    expect(sortDecisions(list).map((d) => d.id)).toEqual([
      'pendingSoon',
      'pendingLate',
      'pendingNoDue',
      'brokenNew',
      'keptOld',
    ]);
  });

  it('property: a strict total order that does not depend on input order', () => {
    const arb = fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 5 }),
        status: fc.constantFrom(...DECISION_STATUSES),
        due: fc.constantFrom(null, '2026-11-01', '2026-11-15'),
        decidedOn: fc.constantFrom('2026-10-01', '2026-11-01'),
        createdAt: fc.constantFrom('2026-10-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'),
      }),
      { selector: (d) => d.id },
    );
    fc.assert(
      fc.property(arb, (list) => {
        const sorted = sortDecisions(list);
        expect(sortDecisions([...list].reverse())).toEqual(sorted);
        for (let i = 1; i < sorted.length; i++) expect(compareDecisions(sorted[i - 1]!, sorted[i]!)).toBeLessThan(0);
      }),
    );
  });
});

describe('building a decision', () => {
  const base = {
    id: 'd1',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    deletedAt: null,
  };

  it('fills the defaults, trims the text and starts the history with its status at its creation', () => {
    expect(buildDecision({ clientId: 'c1', decision: '  Send the offer ', decidedOn: '2026-11-20' }, base)).toEqual({
      ...base,
      clientId: 'c1',
      conversationId: null,
      disputeId: null,
      decidedOn: '2026-11-20',
      decision: 'Send the offer',
      promised: '',
      owner: '',
      due: null,
      status: 'pending',
      statusHistory: [{ status: 'pending', at: base.createdAt }],
      note: '',
    });
    const kept = buildDecision({ clientId: 'c1', decision: 'Called', decidedOn: '2026-11-20', status: 'kept' }, base);
    expect(kept.statusHistory).toEqual([{ status: 'kept', at: base.createdAt }]);
  });

  it('refuses a blank text', () => {
    expect(() => buildDecision({ clientId: 'c1', decision: '   ', decidedOn: '2026-11-20' }, base)).toThrow();
  });

  it('a later status is appended to the history it started', () => {
    const taken = buildDecision({ clientId: 'c1', decision: 'Discount', decidedOn: '2026-11-20' }, base);
    expect({ ...taken, ...decisionChanges(taken, { status: 'kept' }, '2026-11-25T09:00:00.000Z') }).toMatchObject({
      status: 'kept',
      updatedAt: '2026-11-25T09:00:00.000Z',
      statusHistory: [
        { status: 'pending', at: base.createdAt },
        { status: 'kept', at: '2026-11-25T09:00:00.000Z' },
      ],
    });
  });
});

describe('decision rows of the conversation dialog', () => {
  const row = (patch: Partial<DecisionDraft> = {}): DecisionDraft => ({ ...emptyDecisionDraft(), ...patch });

  it('drops only a row with nothing typed in it', () => {
    expect(decisionDraftState(row())).toBe('blank');
    expect(decisionDraftState(row({ decision: '   ', promised: ' ' }))).toBe('blank');
  });

  it('refuses a row with a promise, an owner, a due date or a note but no decision', () => {
    expect(decisionDraftState(row({ promised: 'Promised to client' }))).toBe('needsText');
    expect(decisionDraftState(row({ owner: 'me' }))).toBe('needsText');
    expect(decisionDraftState(row({ due: '2026-12-01' }))).toBe('needsText');
    expect(decisionDraftState(row({ note: 'see the contract' }))).toBe('needsText');
    expect(decisionDraftsNeedingText([row({ decision: 'Keep price' }), row(), row({ promised: 'x' })])).toEqual([2]);
  });

  it('saves a row with a decision, and a saved decision whose text was emptied (it keeps its wording)', () => {
    expect(decisionDraftState(row({ decision: 'Keep the price' }))).toBe('ready');
    expect(decisionDraftState(row({ id: 'd1', promised: 'x' }))).toBe('ready');
  });

  it('never drops a row with any text: every row is blank, ready or refused', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (decision, promised, owner, note) => {
        const state = decisionDraftState(row({ decision, promised, owner, note }));
        const typed = [decision, promised, owner, note].some((s) => s.trim() !== '');
        expect(state === 'blank').toBe(!typed);
        if (state === 'ready') expect(decision.trim()).not.toBe('');
      }),
    );
  });
});
