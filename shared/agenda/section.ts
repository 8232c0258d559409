/** Words the meeting agenda rule's result in a document's language. Pure. */
import { format, type Locale } from 'date-fns';
import type { TFunction } from 'i18next';
import type { MeetingAgenda, AgendaStatement } from '../rules/meetingAgenda';
import type { AgendaItem, AgendaKindItem, AgendaLabels, AgendaSection } from './types';

export interface AgendaContext {
  t: TFunction;
  locale: Locale;
  clientName: (id: string) => string;
}

export function agendaLabels(t: TFunction): AgendaLabels {
  return {
    sections: t('agenda:doc.sections', { returnObjects: true }) as AgendaLabels['sections'],
    columns: t('agenda:doc.columns', { returnObjects: true }) as AgendaLabels['columns'],
    empty: t('agenda:doc.empty', { returnObjects: true }) as AgendaLabels['empty'],
    private: t('summary:doc.private'),
  };
}

export function localiseAgenda(agenda: MeetingAgenda, ctx: AgendaContext): AgendaSection {
  const { t, locale, clientName } = ctx;
  const item = (s: AgendaStatement): AgendaItem => ({
    client: clientName(s.clientId),
    date: format(new Date(s.atMs), 'EEE d MMM', { locale }),
    text: s.text,
  });
  const kindItem = (s: AgendaStatement): AgendaKindItem => ({
    ...item(s),
    kind: s.kind,
    kindLabel: t(`agenda:doc.kind.${s.kind}`),
  });
  const names = (ids: readonly string[]) => ids.map(clientName).join(', ');
  const tally = new Map(agenda.byCriterion.map((g) => [g.criterion, g]));

  return {
    conversations: agenda.conversations,
    conversationsText: t('agenda:doc.conversations', { count: agenda.conversations }),
    likes: agenda.statements.likes.map(item),
    dislikes: agenda.statements.dislikes.map(item),
    whyStay: agenda.statements.whyStay.map(item),
    byCriterion: agenda.byCriterion.map((g) => ({
      key: g.criterion,
      label: t(`common:criterion.${g.criterion}`),
      praised: g.praised,
      criticised: g.criticised,
      praisedText: g.praised === 0 ? '' : t('agenda:doc.praisedBy', { count: g.praised, clients: names(g.praisedBy) }),
      criticisedText:
        g.criticised === 0 ? '' : t('agenda:doc.criticisedBy', { count: g.criticised, clients: names(g.criticisedBy) }),
      good: g.good.map(kindItem),
      bad: g.bad.map(kindItem),
    })),
    unlinked: agenda.unlinked.map(kindItem),
    words: agenda.words.map((w) => ({
      word: w.word,
      conversations: w.conversations,
      likes: w.byKind.likes,
      dislikes: w.byKind.dislikes,
      whyStay: w.byKind.whyStay,
      clients: w.clientIds.map(clientName),
    })),
    weakest: agenda.weakest.map((key) => ({
      key,
      label: t(`common:criterion.${key}`),
      praised: tally.get(key)?.praised ?? 0,
      criticised: tally.get(key)?.criticised ?? 0,
    })),
    disputesByRootCause: agenda.disputesByRootCause.map((g) => ({
      key: g.rootCause,
      label: t(`common:rootCause.${g.rootCause}`),
      countText: t('agenda:doc.disputeCount', { count: g.disputes.length }),
      disputes: g.disputes.map((d) => ({
        title: d.title,
        client: clientName(d.clientId),
        statusLabel: t(`common:disputeStatus.${d.status}`),
        private: d.private,
      })),
    })),
    labels: agendaLabels(t),
  };
}
