/** Generates the sample journal off the main thread, so the progress bar keeps moving. */
import { generateSampleJournal, type SampleOptions } from '../../../shared/sample/generate';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SampleOptions>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  scope.postMessage(generateSampleJournal(event.data));
};
