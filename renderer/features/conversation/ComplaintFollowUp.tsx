import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../../shell/useRoute';
import { useSettings } from '../../shell/SettingsProvider';
import { OwedAfterComplaint } from '../dashboard/OwedAfterComplaint';
import { OpenDisputeButton } from '../disputes/OpenDisputeButton';
import { showComplaintFollowUp, useComplaintFollowUp } from './useComplaintFollowUp';
import './ComplaintFollowUp.css';

/**
 * A small non-modal card after a complaint is saved: the ten-to-one reminder, what is owed,
 * and "Open dispute". It sits in the tray under the page (never over it) and closes with ×, Esc
 * (outside a text field, once no toast is left for Esc to close) or on going to another page.
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
  // The page it was shown on: going anywhere else closes it.
  const place = `${route.page}/${route.id ?? ''}`;
  const shownOn = useRef<string | null>(null);
  useEffect(() => {
    if (!state) shownOn.current = null;
    else if (shownOn.current === null) shownOn.current = place;
    else if (shownOn.current !== place) showComplaintFollowUp(null);
  }, [state, place]);
  useEffect(() => {
    if (!state) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      // A dialog (Open dispute) and the toasts take their Esc first.
      if (document.querySelector('dialog[open], .toasts .toast')) return;
      event.preventDefault();
      showComplaintFollowUp(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state]);
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
