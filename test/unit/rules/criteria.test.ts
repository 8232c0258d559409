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

  it('only mentioned criteria count', () => {
    expect(weakestCriteria(tallyCriteria([]))).toEqual([]);
    expect(weakestCriteria(tallyCriteria([{ criteria: { courtesy: 'praised' } }]))).toEqual(['courtesy']);
  });
});
