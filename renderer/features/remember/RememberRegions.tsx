import { DueToTalk } from './DueToTalk';
import { OnThisDay } from './OnThisDay';
import { ClientsAtRisk } from './ClientsAtRisk';
import './remember.css';

/** The dashboard's "remember the client" regions, side by side (one column when narrow). */
export function RememberRegions() {
  return (
    <div className="remember-grid">
      <DueToTalk />
      <OnThisDay />
      <ClientsAtRisk />
    </div>
  );
}
