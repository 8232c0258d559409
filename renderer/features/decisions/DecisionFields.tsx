import { useTranslation } from 'react-i18next';
import { DECISION_STATUSES, type DecisionDraft, type DecisionStatus } from '../../../shared/domain/types';

interface Props {
  idPrefix: string;
  draft: DecisionDraft;
  onChange: (draft: DecisionDraft) => void;
  autoFocus?: boolean;
  error?: string | null;
}

/** Decision, Promised to client, Owner, Due, Status, Note: the fields of one decision. */
export function DecisionFields({ idPrefix, draft, onChange, autoFocus, error }: Props) {
  const { t } = useTranslation('decisions');
  const set = <K extends keyof DecisionDraft>(key: K, value: DecisionDraft[K]) => onChange({ ...draft, [key]: value });
  return (
    <div className="decision-fields">
      <div className="field">
        <label htmlFor={`${idPrefix}-decision`}>{t('fields.decision')}</label>
        <input
          id={`${idPrefix}-decision`}
          type="text"
          value={draft.decision}
          autoFocus={autoFocus}
          placeholder={t('placeholders.decision')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${idPrefix}-decision-error` : undefined}
          onChange={(e) => set('decision', e.target.value)}
        />
        {error && (
          <span id={`${idPrefix}-decision-error`} className="field-error">
            {error}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-promised`}>{t('fields.promised')}</label>
        <input
          id={`${idPrefix}-promised`}
          type="text"
          value={draft.promised}
          placeholder={t('placeholders.promised')}
          onChange={(e) => set('promised', e.target.value)}
        />
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor={`${idPrefix}-owner`}>{t('fields.owner')}</label>
          <input
            id={`${idPrefix}-owner`}
            type="text"
            value={draft.owner}
            placeholder={t('placeholders.owner')}
            onChange={(e) => set('owner', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-due`}>{t('fields.due')}</label>
          <input
            id={`${idPrefix}-due`}
            type="date"
            value={draft.due ?? ''}
            onChange={(e) => set('due', e.target.value || null)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-status`}>{t('fields.status')}</label>
          <select
            id={`${idPrefix}-status`}
            value={draft.status}
            onChange={(e) => set('status', e.target.value as DecisionStatus)}
          >
            {DECISION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`decisionStatus.${s}`, { ns: 'common' })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-note`}>{t('fields.note')}</label>
        <textarea id={`${idPrefix}-note`} rows={2} value={draft.note} onChange={(e) => set('note', e.target.value)} />
      </div>
    </div>
  );
}
