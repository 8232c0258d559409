import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionDraft } from '../../../shared/domain/types';
import { decisionDraftState, draftOf, emptyDecisionDraft } from '../../../shared/rules/decisions';
import { decisionsOfConversation, deleteDecision, restoreDecision } from '../../db/decisions';
import { useToast } from '../../ui/Toasts';
import { DecisionDraftRow } from './DecisionDraftRow';
import './decisions.css';

/**
 * The "Decisions" section of the log conversation dialog. Drafts are saved with the
 * conversation in one transaction (logConversation/updateConversation `{ decisions }`); when
 * editing, the conversation's saved decisions are loaded into the drafts once.
 */
export function DecisionDraftsEditor({
  conversationId,
  drafts,
  onChange,
  error,
}: {
  /** null while logging a new conversation. */
  conversationId: string | null;
  drafts: DecisionDraft[];
  onChange: (drafts: DecisionDraft[]) => void;
  /** Set when a save was refused: shown (and the row opened) on each row typed in without a decision. */
  error?: string;
}) {
  const { t } = useTranslation('decisions');
  const toast = useToast();
  // Stable row keys for drafts that have no id yet, kept in step with add/remove.
  const keys = useRef<string[]>([]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const latest = useRef({ drafts, onChange });
  latest.current = { drafts, onChange };

  while (keys.current.length < drafts.length) keys.current.push(crypto.randomUUID());
  if (keys.current.length > drafts.length) keys.current.length = drafts.length;
  const keyOf = (i: number) => drafts[i]?.id ?? (keys.current[i] as string);

  const loadedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!conversationId || loadedFor.current === conversationId) return;
    loadedFor.current = conversationId;
    let cancelled = false;
    void decisionsOfConversation(conversationId).then((saved) => {
      if (cancelled || saved.length === 0) return;
      const { drafts: current, onChange: change } = latest.current;
      const have = new Set(current.map((d) => d.id).filter(Boolean));
      const loaded = saved.filter((d) => !have.has(d.id)).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
      keys.current = [...loaded.map((d) => d.id), ...keys.current];
      change([...loaded.map(draftOf), ...current]);
    });
    return () => {
      cancelled = true;
      loadedFor.current = null;
    };
  }, [conversationId]);

  // A refused row stays open once its decision is typed (it would otherwise fold under the cursor).
  useEffect(() => {
    if (!error) return;
    const { drafts: current } = latest.current;
    const refused = current.flatMap((d, i) => (decisionDraftState(d) === 'needsText' ? [keyOf(i)] : []));
    if (refused.length > 0) setExpanded((open) => new Set([...open, ...refused]));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a save is refused
  }, [error]);

  const toggle = (key: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const add = () => {
    const key = crypto.randomUUID();
    keys.current = [...keys.current, key];
    setExpanded((open) => new Set(open).add(key));
    onChange([...drafts, emptyDecisionDraft()]);
  };

  const remove = (index: number) => {
    const draft = drafts[index];
    if (!draft) return;
    keys.current = keys.current.filter((_, i) => i !== index);
    onChange(drafts.filter((_, i) => i !== index));
    const savedId = draft.id;
    // A saved decision is tombstoned at once (the dialog has no way to express a removal), with Undo.
    if (savedId)
      void deleteDecision(savedId).then(() =>
        toast({
          message: t('toast.deleted'),
          action: {
            label: t('actions.undo', { ns: 'common' }),
            run: async () => {
              await restoreDecision(savedId);
              const { drafts: current, onChange: change } = latest.current;
              keys.current = [...keys.current, savedId];
              change([...current, draft]);
            },
          },
        }),
      );
  };

  return (
    <fieldset className="decision-drafts" data-field="decisions">
      <legend>{t('title')}</legend>
      {drafts.length > 0 && (
        <ul className="draft-list">
          {drafts.map((draft, i) => {
            const key = keyOf(i);
            const rowError = error && decisionDraftState(draft) === 'needsText' ? error : null;
            return (
              <DecisionDraftRow
                key={key}
                draft={draft}
                index={i}
                expanded={expanded.has(key) || rowError !== null}
                error={rowError}
                onToggle={() => toggle(key)}
                onChange={(next) => onChange(drafts.map((d, j) => (j === i ? next : d)))}
                onRemove={() => remove(i)}
              />
            );
          })}
        </ul>
      )}
      <button type="button" className="button button-small" onClick={add}>
        {t('add')}
      </button>
    </fieldset>
  );
}
