/**
 * Full conversation records for the rows on screen only. The journal's list comes from the
 * in-memory index; summaries are fetched for the few dozen visible rows, and records written
 * later (a save, an edit, an undo) arrive from the live conversation store without another read, so a
 * saved conversation shows at once.
 */
import { useEffect, useRef, useState } from 'react';
import type { Conversation } from '../../../shared/domain/types';
import { getConversationsByIds } from '../../db/conversations';
import { conversationStore } from '../../db/conversationStore';

const MAX_CACHED = 600;

export function useConversationRecords(ids: readonly string[]): ReadonlyMap<string, Conversation> {
  const [records, setRecords] = useState<ReadonlyMap<string, Conversation>>(() => new Map());
  const current = useRef(records);
  current.current = records;
  const key = ids.join(',');

  useEffect(
    () =>
      conversationStore.onWritten((written) =>
        setRecords((previous) => {
          const next = new Map(previous);
          for (const c of written) next.set(c.id, c);
          return next;
        }),
      ),
    [],
  );

  useEffect(() => {
    const wanted = key ? key.split(',') : [];
    const missing = wanted.filter((id) => !current.current.has(id));
    if (missing.length === 0) return;
    let cancelled = false;
    void getConversationsByIds(missing).then((found) => {
      if (cancelled) return;
      setRecords((previous) => {
        // Keep memory bounded while scrolling through years: keep only what is visible.
        const next =
          previous.size > MAX_CACHED
            ? new Map(
                wanted.flatMap((id) => {
                  const kept = previous.get(id);
                  return kept ? [[id, kept] as const] : [];
                }),
              )
            : new Map(previous);
        for (const c of found) if (c) next.set(c.id, c);
        return next;
      });
    });
    return () => {
      cancelled = true;
    };
  }, [key]);

  return records;
}
