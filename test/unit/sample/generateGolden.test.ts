import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateSampleJournal, type SampleOptions } from '../../../shared/sample/generate';
import { SAMPLE_SEED, SAMPLE_SIZES } from '../../../shared/sample/sizes';

/**
 * The generator's output, byte for byte (keys in order), for fixed options: refactoring the
 * generator must not change the sample journal anyone gets. The hashes were taken from the
 * generator before it was split into dates and per-kind makers.
 */
const CASES: readonly { name: string; options: SampleOptions; sha256: string }[] = [
  {
    name: 'Settings small, Moscow',
    options: { seed: SAMPLE_SEED, ...SAMPLE_SIZES.small, now: '2026-11-23T12:00:00.000Z', utcOffsetMinutes: 180 },
    sha256: 'fb38335913bfcb760909f3971f626d3b1fa276a6cd839cd390ddbdf690f729e1',
  },
  {
    name: 'seed 7, 300 clients, 10 years, UTC',
    options: { seed: 7, clients: 300, years: 10, now: '2026-03-29T01:30:00.000Z' },
    sha256: '92a62953d6b35a9054353ad89729887e85010bdd5c6de181d19036060c32fc61',
  },
  {
    name: 'seed 42, 80 clients, 3 years, New York, explicit count',
    options: {
      seed: 42,
      clients: 80,
      years: 3,
      conversations: 1234,
      now: new Date('2024-02-29T23:59:00Z'),
      utcOffsetMinutes: -300,
    },
    sha256: 'f7a26779d8828818d8cb70b5e84986d76dcb590e3c4aa3466edc325c1da2cf5b',
  },
];

const hashOf = (options: SampleOptions) =>
  createHash('sha256')
    .update(JSON.stringify(generateSampleJournal(options)))
    .digest('hex');

describe('sample journal generator: same options, same bytes', () => {
  for (const { name, options, sha256 } of CASES) {
    it(name, () => {
      expect(hashOf(options)).toBe(sha256);
    });
  }
});
