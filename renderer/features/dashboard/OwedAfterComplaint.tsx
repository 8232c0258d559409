import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../shared/domain/types';
import { normaliseTarget } from '../../../shared/rules/balance';
import { useSettings } from '../../shell/SettingsProvider';
import { useLogConversation } from '../../shell/LogConversationContext';
import { useConversationRows } from '../../db/useConversationRows';
import { useToday } from '../../common/useToday';
import { useBalanceLast30Days } from './useBalanceLast30Days';
import { useCallList } from './useCallList';
import './dashboard.css';

/** Shown right after a complaint is saved: how many satisfied clients are owed, whom to call first. */
export function OwedAfterComplaint({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation('dashboard');
  const { settings } = useSettings();
  const logConversation = useLogConversation();
  const today = useToday();
  const snapshot = useConversationRows();
  const balance = useBalanceLast30Days(snapshot, normaliseTarget(settings.targetRatio), today);
  const owed = balance?.owed;
  const callList = useCallList(snapshot, balance?.quests, today);
  if (owed === undefined || callList === undefined) return null;
  // The client who just complained is not the one to call for balance.
  const first = callList.filter((e) => e.clientId !== conversation.clientId).slice(0, 3);

  return (
    <div className="owed-after-complaint" data-testid="owed-after-complaint">
      <p>
        <strong>{t('owedAfter.owed', { count: owed })}</strong>
      </p>
      {first.length === 0 ? (
        <p className="muted">{t('owedAfter.noneToCall')}</p>
      ) : (
        <p>
          {t('owedAfter.callFirst', { names: '' })}
          {first.map((entry, i) => (
            <span key={entry.clientId}>
              {i > 0 && ', '}
              <button
                type="button"
                className="link-button"
                aria-label={t('callList.logWith', { name: entry.name })}
                onClick={() => logConversation.open({ clientId: entry.clientId })}
              >
                {entry.name}
              </button>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
