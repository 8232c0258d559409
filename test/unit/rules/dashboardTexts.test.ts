/** The dashboard's plain-language lines read correctly in both languages, plurals included. */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n/createI18n';
import { balanceLine } from '../../../shared/rules/balanceLine';
import type { Balance, Quest } from '../../../shared/rules/balance';
import type { PeriodKey } from '../../../shared/rules/periods';

/** A balance with `complaints` quests of which the first `open` still lack `owed` between them. */
function balanceOf(complaints: number, open: number, owed: number): Balance {
  const quests: Quest[] = Array.from({ length: complaints }, (_, i) => ({
    complaintId: `q${i}`,
    clientId: 'x',
    openedMs: i,
    paidClientIds: [],
    lacking: i < open ? (i === 0 ? owed - (open - 1) : 1) : 0,
  }));
  return { satisfied: 5, complaints, ratio: 5 / Math.max(1, complaints), owed, quests };
}

function line(language: 'en' | 'ru', b: Balance, period: PeriodKey = 'last30Days'): string {
  const t = createI18n(language).getFixedT(language, 'dashboard');
  return balanceLine(t, b, period, 10);
}

describe('dashboard texts', () => {
  it('English: the line names how many of the complaints are not yet balanced and how many clients are owed', () => {
    expect(line('en', balanceOf(4, 3, 24))).toBe(
      '3 of the 4 complaints of the last 30 days are not yet balanced: talk with 24 more satisfied clients.',
    );
    expect(line('en', balanceOf(2, 1, 1), 'allTime')).toBe(
      '1 of the 2 complaints is not yet balanced: talk with 1 more satisfied client.',
    );
    expect(line('en', balanceOf(1, 1, 8), 'thisWeek')).toBe(
      'The complaint of this week is not yet balanced: talk with 8 more satisfied clients.',
    );
    expect(line('en', balanceOf(3, 3, 30), 'thisYear')).toBe(
      'All 3 complaints of this year are not yet balanced: talk with 30 more satisfied clients.',
    );
    expect(line('en', balanceOf(2, 0, 0))).toBe(
      'Balanced: each of the 2 complaints of this period is matched by 10 different satisfied clients.',
    );
  });

  it('the complaints the sentence counts are the card’s, and the owed is the Owed card’s', () => {
    const b = balanceOf(4, 3, 24);
    const text = line('en', b);
    expect(text).toContain(`of the ${b.complaints} complaints`);
    expect(text).toContain(`talk with ${b.owed} more`);
  });

  it('Russian: one, few and many forms', () => {
    expect(line('ru', balanceOf(4, 3, 24))).toBe(
      '3 из 4 жалоб за последние 30 дней ещё не уравновешены: поговорите ещё с 24 довольными клиентами.',
    );
    expect(line('ru', balanceOf(21, 1, 1), 'thisWeek')).toBe(
      '1 из 21 жалобы этой недели ещё не уравновешена: поговорите ещё с 1 довольным клиентом.',
    );
    expect(line('ru', balanceOf(1, 1, 3))).toBe(
      'Жалоба за последние 30 дней ещё не уравновешена: поговорите ещё с 3 довольными клиентами.',
    );
    expect(line('ru', balanceOf(5, 5, 21), 'thisYear')).toBe(
      'Все 5 жалоб этого года ещё не уравновешены: поговорите ещё с 21 довольным клиентом.',
    );
    expect(line('ru', balanceOf(2, 2, 11), 'allTime')).toBe(
      'Все 2 жалобы ещё не уравновешены: поговорите ещё с 11 довольными клиентами.',
    );
    const t = createI18n('ru').getFixedT('ru', 'dashboard');
    expect(t('callList.owed', { count: 2 })).toBe('Долг: 2 довольных клиента');
    expect(t('callList.owed', { count: 11 })).toBe('Долг: 11 довольных клиентов');
    expect(t('nudge.days', { count: 4 })).toBe('Ни одного разговора с довольным клиентом уже 4 дня.');
  });
});
