import { useTranslation } from 'react-i18next';
import type { Client } from '../../shared/domain/types';
import { isProblemClient } from './useProblemClientIds';
import './ClientMarks.css';

/** The VIP and problem-client badges shown next to a client's name everywhere. */
export function ClientMarks({ client, problemIds }: { client: Client; problemIds: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const problem = isProblemClient(client, problemIds);
  if (!client.vip && !problem && !client.archivedAt) return null;
  return (
    <span className="client-marks">
      {client.vip && <span className="badge badge-vip">{t('flags.vip')}</span>}
      {problem && <span className="badge badge-problem">{t('flags.problem')}</span>}
      {client.archivedAt && <span className="badge">{t('flags.archived')}</span>}
    </span>
  );
}
