import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CRITERIA, type Criterion, type CriterionMark, type Feedback } from '../../../shared/domain/types';
import { RadioGroup } from '../../ui/RadioGroup';
import { filledFeedbackCount } from './conversationForm';

type MarkChoice = CriterionMark | 'untouched';

/** The optional feedback part of a conversation, collapsed until asked for. */
export function FeedbackSection({
  feedback,
  onChange,
  initiallyOpen,
}: {
  feedback: Feedback;
  onChange: (feedback: Feedback) => void;
  initiallyOpen: boolean;
}) {
  const { t } = useTranslation('conversation');
  const { t: tc } = useTranslation();
  const id = useId();
  const [isOpen, setOpen] = useState(initiallyOpen);
  const filled = filledFeedbackCount(feedback);

  const setMark = (criterion: Criterion, mark: MarkChoice) => {
    const criteria = { ...feedback.criteria };
    if (mark === 'untouched') delete criteria[criterion];
    else criteria[criterion] = mark;
    onChange({ ...feedback, criteria });
  };

  const markOptions = [
    { value: 'praised', label: tc('criterionMark.praised'), className: 'mark-praised' },
    { value: 'criticised', label: tc('criterionMark.criticised'), className: 'mark-criticised' },
    { value: 'untouched', label: tc('criterionMark.untouched'), className: 'mark-untouched' },
  ] as const;

  return (
    <section className="feedback-section">
      <button
        type="button"
        className="feedback-toggle"
        aria-expanded={isOpen}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!isOpen)}
      >
        <span className="feedback-chevron" aria-hidden="true">
          {isOpen ? '▾' : '▸'}
        </span>
        <span className="feedback-title">{t('feedback.toggle')}</span>
        <span className="muted">{t('feedback.toggleHint')}</span>
        {filled > 0 && <span className="badge">{t('feedback.filled', { count: filled })}</span>}
      </button>
      <div id={`${id}-panel`} hidden={!isOpen} className="feedback-panel">
        {isOpen && (
          <>
            <div className="row">
              <div className="field">
                <label htmlFor={`${id}-why`}>{t('fields.whyStay')}</label>
                <textarea
                  id={`${id}-why`}
                  rows={2}
                  value={feedback.whyStay}
                  onChange={(e) => onChange({ ...feedback, whyStay: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-likes`}>{t('fields.likes')}</label>
                <textarea
                  id={`${id}-likes`}
                  rows={2}
                  value={feedback.likes}
                  onChange={(e) => onChange({ ...feedback, likes: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-dislikes`}>{t('fields.dislikes')}</label>
                <textarea
                  id={`${id}-dislikes`}
                  rows={2}
                  value={feedback.dislikes}
                  onChange={(e) => onChange({ ...feedback, dislikes: e.target.value })}
                />
              </div>
            </div>
            <label className="checkbox checkbox-field">
              <input
                type="checkbox"
                checked={feedback.incognito}
                onChange={(e) => onChange({ ...feedback, incognito: e.target.checked })}
              />
              <span>{t('fields.incognito')}</span>
            </label>
            <div className="criteria" role="group" aria-labelledby={`${id}-criteria`}>
              <h3 id={`${id}-criteria`}>{t('feedback.criteria')}</h3>
              <p className="field-hint">{t('feedback.criteriaHint')}</p>
              <div className="criteria-grid">
                {CRITERIA.map((criterion) => (
                  <RadioGroup<MarkChoice>
                    key={criterion}
                    className="criterion-group"
                    label={tc(`criterion.${criterion}`)}
                    options={markOptions}
                    value={feedback.criteria[criterion] ?? 'untouched'}
                    onChange={(mark) => setMark(criterion, mark)}
                  />
                ))}
              </div>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
