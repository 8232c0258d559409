import type { SampleJournal, SampleOptions } from '../../../shared/sample/generate';
import { runWorkerJob } from '../../db/workerJob';

async function generateHere(options: SampleOptions): Promise<SampleJournal> {
  // Loaded on demand: the generator and its word lists stay out of the start-up bundle.
  const { generateSampleJournal } = await import('../../../shared/sample/generate');
  return generateSampleJournal(options);
}

/** Generates in a Web Worker (a second or two for the large journal), or here when workers are unavailable. */
export function generateJournal(options: SampleOptions): Promise<SampleJournal> {
  return runWorkerJob<SampleOptions, SampleJournal, SampleJournal>({
    start: () => new Worker(new URL('./sampleWorker.ts', import.meta.url), { type: 'module' }),
    request: options,
    onReply: (journal) => ({ value: journal }),
    fallback: () => generateHere(options),
  });
}
