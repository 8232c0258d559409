import { useCallback, useState } from 'react';
import { SAMPLE_SEED, SAMPLE_SIZES, type SampleSize } from '../../../shared/sample/sizes';
import { countRecords, loadSampleJournal, type LoadProgress } from '../../db/sampleLoader';
import { generateJournal } from './generateJournal';

export type LoaderState =
  | { phase: 'idle' }
  | { phase: 'preparing' }
  | { phase: 'loading'; progress: LoadProgress }
  | { phase: 'done'; clients: number; conversations: number }
  | { phase: 'error'; message: string };

/** Generates and loads the sample journal, reporting each phase for the progress bar. */
export function useSampleJournalLoader(): { state: LoaderState; load: (size: SampleSize) => Promise<LoaderState> } {
  const [state, setState] = useState<LoaderState>({ phase: 'idle' });
  const load = useCallback(async (size: SampleSize): Promise<LoaderState> => {
    setState({ phase: 'preparing' });
    let result: LoaderState;
    try {
      const journal = await generateJournal({
        seed: SAMPLE_SEED,
        ...SAMPLE_SIZES[size],
        now: new Date(),
        // Working hours in the director's own time zone.
        utcOffsetMinutes: -new Date().getTimezoneOffset(),
      });
      setState({ phase: 'loading', progress: { done: 0, total: countRecords(journal) } });
      await loadSampleJournal(journal, (progress) => setState({ phase: 'loading', progress }));
      result = { phase: 'done', clients: journal.clients.length, conversations: journal.conversations.length };
    } catch (error) {
      result = { phase: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    setState(result);
    return result;
  }, []);
  return { state, load };
}
