import { describe, expect, it } from 'vitest';
import { tallyCriteria, weakestCriteria } from '../../../shared/rules/criteria';

describe('service criteria', () => {
  it('tallies praise and criticism per criterion', () => {
    const tally = tallyCriteria([
      { criteria: { courtesy: 'criticised', competence: 'praised' } },
      { criteria: { courtesy: 'criticised', reliability: 'criticised' } },
      { criteria: {} },
      { criteria: { courtesy: 'praised' } },
    ]);
    expect(tally.courtesy).toEqual({ praised: 1, criticised: 2 });
    expect(tally.competence).toEqual({ praised: 1, criticised: 0 });
    expect(tally.tangibles).toEqual({ praised: 0, criticised: 0 });
  });

  it('the weakest are most criticised net of praise, ties by most criticised, then the criteria order', () => {
    const tally = tallyCriteria([
      // reliability: 3 criticised, 1 praised → net 2, criticised 3
      { criteria: { reliability: 'criticised', communication: 'criticised', security: 'criticised' } },
      { criteria: { reliability: 'criticised', communication: 'criticised' } },
      { criteria: { reliability: 'criticised', tangibles: 'criticised' } },
      { criteria: { reliability: 'praised', tangibles: 'criticised' } },
      // communication: 2 criticised → net 2, criticised 2; tangibles: net 2, criticised 2
      // security: net 1
    ]);
    expect(weakestCriteria(tally)).toEqual(['reliability', 'communication', 'tangibles']);
    expect(weakestCriteria(tally, 4)).toEqual(['reliability', 'communication', 'tangibles', 'security']);
  });

  it('only criticised criteria can be weak: praise alone never makes a criterion weak', () => {
    expect(weakestCriteria(tallyCriteria([]))).toEqual([]);
    // The praised-only case of issue 18: two satisfied conversations praising three criteria.
    const praisedOnly = tallyCriteria([
      { criteria: { courtesy: 'praised', competence: 'praised', reliability: 'praised' } },
      { criteria: { courtesy: 'praised', competence: 'praised', reliability: 'praised' } },
    ]);
    expect(weakestCriteria(praisedOnly)).toEqual([]);
    // One criticised criterion added: it is the only weak one, not padded with praised ones.
    const oneCriticised = tallyCriteria([
      { criteria: { courtesy: 'praised', competence: 'praised', reliability: 'praised' } },
      { criteria: { courtesy: 'praised', competence: 'praised', reliability: 'praised' } },
      { criteria: { tangibles: 'criticised' } },
    ]);
    expect(weakestCriteria(oneCriticised)).toEqual(['tangibles']);
  });

  it('a criticised criterion stays weak even when praised more often than criticised', () => {
    // Fewer than three were criticised: fewer than three are named. Security, praised twice and
    // criticised once, ranks after Tangibles (net −1 against net +1).
    const tally = tallyCriteria([
      { criteria: { security: 'criticised', tangibles: 'criticised' } },
      { criteria: { security: 'praised' } },
      { criteria: { security: 'praised', courtesy: 'praised' } },
    ]);
    expect(weakestCriteria(tally)).toEqual(['tangibles', 'security']);
  });
});
