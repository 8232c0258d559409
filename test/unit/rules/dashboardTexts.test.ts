/** The dashboard's plain-language lines read correctly in both languages, plurals included. */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n/createI18n';

function owedLine(language: 'en' | 'ru', owed: number, complaints: number, period = 'last30Days'): string {
  const i18n = createI18n(language);
  const t = i18n.getFixedT(language, 'dashboard');
  return t('line.owed', { count: owed, complaints: t(`line.complaints.${period}`, { count: complaints }) });
}

describe('dashboard texts', () => {
  it('English: singular and plural clients and complaints', () => {
    expect(owedLine('en', 8, 1, 'thisWeek')).toBe(
      "Talk with 8 more satisfied clients to balance this week's complaint.",
    );
    expect(owedLine('en', 1, 2)).toBe(
      'Talk with 1 more satisfied client to balance the 2 complaints of the last 30 days.',
    );
  });

  it('Russian: one, few and many forms', () => {
    expect(owedLine('ru', 1, 1)).toBe(
      'Поговорите ещё с 1 довольным клиентом, чтобы уравновесить 1 жалобу за последние 30 дней.',
    );
    expect(owedLine('ru', 3, 2, 'thisWeek')).toBe(
      'Поговорите ещё с 3 довольными клиентами, чтобы уравновесить 2 жалобы этой недели.',
    );
    expect(owedLine('ru', 21, 5, 'thisYear')).toBe(
      'Поговорите ещё с 21 довольным клиентом, чтобы уравновесить 5 жалоб этого года.',
    );
    const t = createI18n('ru').getFixedT('ru', 'dashboard');
    expect(t('callList.owed', { count: 2 })).toBe('Долг: 2 довольных клиента');
    expect(t('callList.owed', { count: 11 })).toBe('Долг: 11 довольных клиентов');
    expect(t('nudge.days', { count: 4 })).toBe('Ни одного разговора с довольным клиентом уже 4 дня.');
  });
});
