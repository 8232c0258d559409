import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The footer a dialog shows instead of its buttons when closing would drop typed input:
 * "Keep editing" (focused, so Enter or a second Esc keeps everything) or "Discard".
 */
export function DiscardConfirm({
  question,
  hint,
  onKeepEditing,
  onDiscard,
}: {
  question: string;
  hint?: ReactNode;
  onKeepEditing: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="discard-confirm" role="alert">
      <span>
        <strong>{question}</strong>
        {hint && (
          <>
            {' '}
            <span className="muted">{hint}</span>
          </>
        )}
      </span>
      <button type="button" className="button" autoFocus onClick={onKeepEditing}>
        {t('actions.keepEditing')}
      </button>
      <button type="button" className="button button-danger" onClick={onDiscard}>
        {t('actions.discard')}
      </button>
    </div>
  );
}
