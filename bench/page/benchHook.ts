/**
 * Test hook for `npm run bench`, installed only when the page URL has `?bench`. It lets the
 * benchmark drive the app's own sample loader and the raw Dexie baselines in the same page.
 */
import type { SampleJournal, SampleOptions } from '../../../shared/sample/generate';
import {
  clearJournal,
  countRecords,
  deleteRawBenchDb,
  loadSampleJournal,
  rawBulkPut,
  rawScan,
} from '../../db/sampleLoader';
import { searchIndex } from '../../db/searchIndex';

export interface BenchApi {
  generate(options: SampleOptions): Promise<{ ms: number; records: number; conversations: number }>;
  /** Empties the journal, then times the app's loader; returns ms. */
  importSample(): Promise<number>;
  rawBulkPut(): Promise<number>;
  rawScan(): Promise<{ ms: number; count: number }>;
  cleanUp(): Promise<void>;
  searchReady(): Promise<number>;
}

declare global {
  interface Window {
    __rapportBench?: BenchApi;
  }
}

export function isBenchMode(): boolean {
  return new URLSearchParams(window.location.search).has('bench');
}

export function installBenchHook(): () => void {
  let journal: SampleJournal | null = null;
  const need = (): SampleJournal => {
    if (!journal) throw new Error('call generate() first');
    return journal;
  };
  window.__rapportBench = {
    async generate(options) {
      const { generateSampleJournal } = await import('../../../shared/sample/generate');
      const start = performance.now();
      journal = generateSampleJournal(options);
      return {
        ms: performance.now() - start,
        records: countRecords(journal),
        conversations: journal.conversations.length,
      };
    },
    async importSample() {
      const data = need();
      await clearJournal();
      const start = performance.now();
      await loadSampleJournal(data);
      return performance.now() - start;
    },
    rawBulkPut: () => rawBulkPut(need()),
    rawScan,
    async cleanUp() {
      journal = null;
      await deleteRawBenchDb();
    },
    async searchReady() {
      const start = performance.now();
      await searchIndex.whenCurrent();
      return performance.now() - start;
    },
  };
  return () => {
    delete window.__rapportBench;
  };
}
