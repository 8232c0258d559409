/**
 * The hook `npm run bench` drives: the app's own sample loader and the raw Dexie baselines in
 * the same page. Not part of the product: bench/run.mjs adds it to its own build of the
 * renderer (a dynamic import appended to renderer/main.tsx), so the app never ships it.
 */
import type { SampleJournal, SampleOptions } from '../../shared/sample/generate';
import { countRecords, loadSampleJournal } from '../../renderer/db/sampleLoader';
import { searchIndex } from '../../renderer/db/searchIndex';
import { clearJournal, deleteRawBenchDb, rawBulkPut, rawScan } from './baselines';

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

function installBenchHook(): void {
  let journal: SampleJournal | null = null;
  const need = (): SampleJournal => {
    if (!journal) throw new Error('call generate() first');
    return journal;
  };
  window.__rapportBench = {
    async generate(options) {
      const { generateSampleJournal } = await import('../../shared/sample/generate');
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
}

installBenchHook();
