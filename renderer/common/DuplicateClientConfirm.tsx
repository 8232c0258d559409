import { useTranslation } from 'react-i18next';
import type { Client } from '../../shared/domain/types';

/**
 * Shown in a dialog's footer instead of its buttons when the client about to be created has
 * the name of one that exists (`findClientNamed`): pick the existing client (focused, the safe
 * default), create the new one anyway, or go back to the form.
 */
export function DuplicateClientConfirm({
  existing,
  pickLabel,
  onPickExisting,
  onCreateAnyway,
  onBack,
}: {
  existing: Client;
  /** "Use “…”" in a picker, "Open “…”" where the existing client's page is the alternative. */
  pickLabel: 'useExisting' | 'openExisting';
  onPickExisting: () => void;
  onCreateAnyway: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const question = existing.organization
    ? t('duplicateClient.questionWithOrganization', { name: existing.name, organization: existing.organization })
    : t('duplicateClient.question', { name: existing.name });
  return (
    <div className="discard-confirm duplicate-client-confirm" role="alert">
      <span>
        <strong>{question}</strong> <span className="muted">{t('duplicateClient.hint')}</span>
      </span>
      <button type="button" className="button" onClick={onBack}>
        {t('actions.back')}
      </button>
      <button type="button" className="button" onClick={onCreateAnyway}>
        {t('duplicateClient.createAnyway')}
      </button>
      <button type="button" className="button button-primary" autoFocus onClick={onPickExisting}>
        {t(`duplicateClient.${pickLabel}`, { name: existing.name })}
      </button>
    </div>
  );
}
