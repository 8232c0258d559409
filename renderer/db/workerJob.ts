/**
 * The one way Rapport runs heavy work in a Web Worker: start it, send one request, feed every
 * reply to `onReply` until it returns the result, and run `fallback` on this thread when the
 * worker cannot start or fails before its first reply (blocked, unsupported, a chunk that did
 * not load). A failure after a reply is a real error and rejects.
 */
export interface WorkerJob<Request, Reply, Result> {
  /** `new Worker(new URL('./x.ts', import.meta.url), { type: 'module' })`, written at the call site so Vite bundles it. */
  start: () => Worker;
  request: Request;
  /** Transferable buffers of the request. */
  transfer?: Transferable[];
  /** Returns `{ value }` when the job is done; throws to fail it. */
  onReply: (reply: Reply) => { value: Result } | undefined;
  /** The same work on this thread. */
  fallback: () => Promise<Result>;
}

export function runWorkerJob<Request, Reply, Result>(job: WorkerJob<Request, Reply, Result>): Promise<Result> {
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined') return job.fallback();
    worker = job.start();
  } catch {
    return job.fallback();
  }
  return new Promise<Result>((resolve, reject) => {
    let replied = false;
    worker.onmessage = (event: MessageEvent<Reply>) => {
      replied = true;
      try {
        const finished = job.onReply(event.data);
        if (!finished) return;
        worker.terminate();
        resolve(finished.value);
      } catch (error) {
        worker.terminate();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (!replied) job.fallback().then(resolve, reject);
      else reject(new Error(event.message || 'The worker stopped.'));
    };
    worker.postMessage(job.request, job.transfer ?? []);
  });
}
