import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../../shell/useRoute';
import { useSettings } from '../../shell/SettingsProvider';
import { OwedAfterComplaint } from '../dashboard/OwedAfterComplaint';
import { OpenDisputeButton } from '../disputes/OpenDisputeButton';
import { showComplaintFollowUp, useComplaintFollowUp } from './useComplaintFollowUp';
import './ComplaintFollowUp.css';

/**
 * A small non-modal card after a complaint is saved: the ten-to-one reminder, what is owed,
 * and "Open dispute". Stays until dismissed, so the director can act on it or carry on.
 */
export function ComplaintFollowUp() {
  const { t } = useTranslation('conversation');
  const { settings } = useSettings();
  const state = useComplaintFollowUp();
  const route = useRoute();
  const onDisputePage = route.page === 'disputes' && route.id !== null;
  // Once a dispute is open (from this card or elsewhere) the card has done its job.
  useEffect(() => {
    if (onDisputePage) showComplaintFollowUp(null);
  }, [onDisputePage]);
  if (!state) return null;
  return (
    <section className="complaint-follow-up card" role="region" aria-label={t('followUp.label')}>
      <header>
        <h2>{t('followUp.title', { client: state.clientName })}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('followUp.dismiss')}
          title={t('followUp.dismiss')}
          onClick={() => showComplaintFollowUp(null)}
        >
          ×
        </button>
      </header>
      <p className="muted">{t('followUp.rule', { count: settings.targetRatio })}</p>
      <OwedAfterComplaint conversation={state.conversation} />
      <div className="complaint-follow-up-actions">
        <OpenDisputeButton conversation={state.conversation} />
      </div>
    </section>
  );
}
