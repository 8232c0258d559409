/**
 * Full conversation records for the rows on screen only. The journal's list comes from the
 * in-memory index; summaries and notes are fetched for the few dozen visible rows, and
 * refetched when the index changes (an edit bumps its version).
 */
import { useEffect, useRef, useState } from 'react';
import type { Conversation } from '../../../shared/domain/types';
import { getConversationsByIds } from '../../db/conversations';

const MAX_CACHED = 600;

export function useConversationRecords(ids: readonly string[], version: number): ReadonlyMap<string, Conversation> {
  const [records, setRecords] = useState<ReadonlyMap<string, Conversation>>(() => new Map());
  const cache = useRef({ records, version });
  cache.current.records = records;
  const key = ids.join(',');

  useEffect(() => {
    const wanted = key ? key.split(',') : [];
    const isStale = cache.current.version !== version;
    const missing = isStale ? wanted : wanted.filter((id) => !cache.current.records.has(id));
    if (missing.length === 0) return;
    let cancelled = false;
    void getConversationsByIds(missing).then((found) => {
      if (cancelled) return;
      cache.current.version = version;
      setRecords((previous) => {
        const next = new Map(isStale || previous.size > MAX_CACHED ? [] : previous);
        for (const c of found) if (c) next.set(c.id, c);
        return next;
      });
    });
    return () => {
      cancelled = true;
    };
  }, [key, version]);

  return records;
}
