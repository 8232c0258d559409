import { useId } from 'react';
import { format, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { dateLocale } from '../../../shared/dates/locales';
import { useSettings } from '../../shell/SettingsProvider';
import type { DecisionDraft } from '../../../shared/domain/types';
import { DecisionFields } from './DecisionFields';

interface Props {
  draft: DecisionDraft;
  index: number;
  expanded: boolean;
  onToggle: () => void;
  onChange: (draft: DecisionDraft) => void;
  onRemove: () => void;
  /** Why the save was refused (something typed, no decision); the row stays open while set. */
  error?: string | null;
}

/** One decision in the conversation dialog: a one-line summary that expands into its fields. */
export function DecisionDraftRow({ draft, index, expanded, onToggle, onChange, onRemove, error }: Props) {
  const { t } = useTranslation('decisions');
  const id = useId();
  const { language } = useSettings();
  const name = draft.decision.trim() || t('draft.untitled', { n: index + 1 });
  return (
    <li className={`draft-row${expanded ? ' draft-row-open' : ''}`} data-testid="decision-draft">
      <div className="draft-row-summary">
        <button
          type="button"
          className="draft-toggle"
          aria-expanded={expanded}
          aria-controls={`${id}-fields`}
          onClick={onToggle}
        >
          <span aria-hidden="true" className="draft-caret">
            {expanded ? '▾' : '▸'}
          </span>
          <span className="draft-name">{name}</span>
          {draft.due && (
            <span className="muted">
              {t('draft.due', { date: format(parseISO(draft.due), 'PP', { locale: dateLocale(language) }) })}
            </span>
          )}
          <span className={`badge decision-badge-${draft.status}`}>
            {t(`decisionStatus.${draft.status}`, { ns: 'common' })}
          </span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('draft.remove', { decision: name })}
          title={t('draft.removeShort')}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
      {expanded && (
        <div id={`${id}-fields`} className="draft-row-fields">
          <DecisionFields
            idPrefix={id}
            draft={draft}
            onChange={onChange}
            autoFocus={!draft.decision && !error}
            error={error}
          />
        </div>
      )}
    </li>
  );
}
