import type { SampleJournal, SampleOptions } from '../../../shared/sample/generate';

async function generateHere(options: SampleOptions): Promise<SampleJournal> {
  // Loaded on demand: the generator and its word lists stay out of the start-up bundle.
  const { generateSampleJournal } = await import('../../../shared/sample/generate');
  return generateSampleJournal(options);
}

/** Generates in a Web Worker (a second or two for the large journal), or here when workers are unavailable. */
export function generateJournal(options: SampleOptions): Promise<SampleJournal> {
  return new Promise((resolve, reject) => {
    const fallback = () => generateHere(options).then(resolve, reject);
    let worker: Worker;
    try {
      worker = new Worker(new URL('./sampleWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      void fallback();
      return;
    }
    worker.onmessage = (event: MessageEvent<SampleJournal>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      void fallback();
    };
    worker.postMessage(options);
  });
}
