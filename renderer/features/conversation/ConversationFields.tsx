import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, DIRECTIONS, OUTCOMES, type Outcome } from '../../../shared/domain/types';
import { RadioGroup } from '../../ui/RadioGroup';
import { ClientCombobox } from '../../common/ClientCombobox';
import { useProblemClientIds } from '../../common/useProblemClientIds';
import type { ClientDirectory } from '../../common/useClients';
import { DecisionDraftsEditor } from '../decisions/DecisionDraftsEditor';
import { FeedbackSection } from './FeedbackSection';
import { WhenField } from './WhenField';
import { filledFeedbackCount, type ConversationForm, type FormErrors } from './conversationForm';

/** Where the keyboard path goes next: picking a client leads to Outcome, an outcome to Summary. */
type NextStep = 'outcome' | 'summary';

/** True for a field that takes typed text, where 1/2/3 are characters and not outcomes. */
function isTextEntry(element: EventTarget): boolean {
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  return (
    element instanceof HTMLInputElement &&
    !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(element.type)
  );
}

/**
 * The fields of "Log conversation" / "Edit conversation": client, when, channel… decisions.
 * The shortest path is Client → Enter → 1/2/3 → Summary: picking a client moves the focus to
 * Outcome, picking an outcome (its key or a click) moves it to Summary, and 1/2/3 pick the
 * outcome from anywhere in the form outside a text field. Tab still visits every field in order.
 */
export function ConversationFields({
  form,
  errors,
  directory,
  editingId,
  update,
}: {
  form: ConversationForm;
  errors: FormErrors;
  /** `undefined` while the clients load (the picker then offers nothing to create). */
  directory: ClientDirectory | undefined;
  /** The conversation being edited, for its decisions; null for a new one. */
  editingId: string | null;
  update: (patch: Partial<ConversationForm>) => void;
}) {
  const { t } = useTranslation('conversation');
  const { t: tc } = useTranslation();
  const problemIds = useProblemClientIds();
  const id = useId();
  const chosenClient = form.client?.kind === 'existing' ? directory?.byId.get(form.client.id) : undefined;
  const fieldsRef = useRef<HTMLDivElement>(null);
  const [nextStep, setNextStep] = useState<NextStep | null>(null);

  // After the render that shows the pick, so the field left behind has seen its new value.
  useEffect(() => {
    if (!nextStep) return;
    setNextStep(null);
    const fields = fieldsRef.current;
    if (nextStep === 'summary') fields?.querySelector<HTMLElement>('[data-field="summary"] input')?.focus();
    else
      (
        fields?.querySelector<HTMLElement>('[data-field="outcome"] input:checked') ??
        fields?.querySelector<HTMLElement>('[data-field="outcome"] input')
      )?.focus();
  }, [nextStep]);

  const pickOutcome = (outcome: Outcome) => {
    update({ outcome });
    setNextStep('summary');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
    const outcome = OUTCOMES[Number(event.key) - 1];
    if (!/^[1-9]$/.test(event.key) || !outcome) return;
    event.preventDefault();
    pickOutcome(outcome);
  };

  return (
    <div ref={fieldsRef} className="conversation-fields" onKeyDown={onKeyDown}>
      <div className="row">
        <div data-field="client" className="conversation-client">
          <ClientCombobox
            label={t('fields.client')}
            clients={directory?.clients}
            problemIds={problemIds}
            query={form.clientQuery}
            choice={form.client}
            onChange={(clientQuery, client) => update({ clientQuery, client })}
            onPicked={() => setNextStep('outcome')}
            allowCreate
            placeholder={t('placeholders.client')}
            error={errors.client}
          />
        </div>
        <WhenField value={form.when} onChange={(when) => update({ when })} error={errors.when} />
      </div>
      {chosenClient && chosenClient.organization && (
        <p className="muted conversation-client-org">{chosenClient.organization}</p>
      )}
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-channel`}>{t('fields.channel')}</label>
          <select
            id={`${id}-channel`}
            value={form.channel}
            onChange={(e) => update({ channel: CHANNELS.find((c) => c === e.target.value) ?? 'call' })}
          >
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {tc(`channel.${channel}`)}
              </option>
            ))}
          </select>
        </div>
        <RadioGroup
          className="field"
          label={t('fields.direction')}
          options={DIRECTIONS.map((d) => ({ value: d, label: tc(`direction.${d}`) }))}
          value={form.direction}
          onChange={(direction) => update({ direction })}
        />
      </div>
      <div data-field="outcome">
        <RadioGroup
          className="field outcome-group"
          label={t('fields.outcome')}
          options={OUTCOMES.map((o) => ({ value: o, label: tc(`outcome.${o}`), className: `outcome-${o}` }))}
          value={form.outcome}
          onChange={(outcome) => update({ outcome })}
          onPick={(outcome) => pickOutcome(outcome)}
          numberKeys
          hint={t('hints.outcomeKeys')}
          error={errors.outcome}
        />
      </div>
      <div className="field" data-field="summary">
        <label htmlFor={`${id}-summary`}>{t('fields.summary')}</label>
        <input
          id={`${id}-summary`}
          type="text"
          value={form.summary}
          placeholder={t('placeholders.summary')}
          onChange={(e) => update({ summary: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('fields.notes')}</label>
        <textarea id={`${id}-notes`} rows={3} value={form.notes} onChange={(e) => update({ notes: e.target.value })} />
      </div>
      <label className="checkbox checkbox-field conversation-private">
        <input type="checkbox" checked={form.private} onChange={(e) => update({ private: e.target.checked })} />
        <span>{t('fields.private')}</span>
        <span className="field-hint">{t('hints.private')}</span>
      </label>
      <FeedbackSection
        feedback={form.feedback}
        onChange={(feedback) => update({ feedback })}
        initiallyOpen={filledFeedbackCount(form.feedback) > 0}
      />
      <DecisionDraftsEditor
        conversationId={editingId}
        drafts={form.decisions}
        onChange={(decisions) => update({ decisions })}
        error={errors.decisions}
      />
    </div>
  );
}
