import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { createClient, updateClient } from '../../../renderer/db/clients';
import {
  deleteConversation,
  logConversation,
  restoreConversation,
  updateConversation,
} from '../../../renderer/db/conversations';
import { SearchIndex, normalizeTerm, tokenize } from '../../../renderer/db/searchIndex';
import { loadSampleJournal } from '../../../renderer/db/sampleLoader';
import { clearJournal } from '../../../bench/page/baselines';
import { generateSampleJournal } from '../../../shared/sample/generate';
import { emptyFeedback, type Conversation, type Dispute } from '../../../shared/domain/types';
import { resetDb } from '../db/resetDb';

function conversation(
  clientId: string,
  summary: string,
  notes = '',
): Omit<Conversation, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> {
  return {
    clientId,
    at: '2026-11-20T10:00:00.000Z',
    channel: 'call',
    direction: 'outbound',
    outcome: 'satisfied',
    summary,
    notes,
    private: false,
    feedback: emptyFeedback(),
  };
}

const titles = (hits: { title: string }[]) => hits.map((h) => h.title);

describe('search index', () => {
  beforeEach(resetDb);

  it('tokenizes on Unicode word boundaries and folds case and ё', () => {
    expect(tokenize('«Счёт» за Q3, ООО «Агроснаб»; e-mail: anna@acme.com')).toEqual([
      'Счёт',
      'за',
      'Q3',
      'ООО',
      'Агроснаб',
      'e',
      'mail',
      'anna',
      'acme',
      'com',
    ]);
    expect(normalizeTerm('СЧЁТ')).toBe('счет');
  });

  it('keys documents by kind and id: a client and a conversation with the same id are both found', async () => {
    const anna = await createClient({ name: 'Anna Quartz', organization: 'Quartz Mining' });
    const stamp = '2026-11-20T10:00:00.000Z';
    const twin: Conversation = {
      ...conversation(anna.id, 'Quarterly review'),
      id: anna.id,
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
    };
    await db.conversations.add(twin);
    const index = new SearchIndex(db);
    await index.whenCurrent();
    const hits = index.search('quar');
    expect(titles(hits.client)).toEqual(['Anna Quartz']);
    expect(titles(hits.conversation)).toEqual(['Quarterly review']);
    expect(hits.conversation[0]!.id).toBe(anna.id);

    // Live changes too: a dispute with the same id joins them, and deleting the conversation
    // leaves the client and the dispute in place.
    const dispute: Dispute = {
      id: anna.id,
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
      clientId: anna.id,
      title: 'Quartz dust complaint',
      openedOn: '2026-11-20',
      rootCause: 'defect',
      severity: 'low',
      whatWentWrong: '',
      resolution: '',
      notes: '',
      private: false,
      status: 'open',
      statusHistory: [{ status: 'open', at: stamp }],
      conversationIds: [],
      plan: [],
    };
    await db.disputes.add(dispute);
    await index.whenCurrent();
    expect(titles(index.search('quar').dispute)).toEqual(['Quartz dust complaint']);
    await db.conversations.delete(anna.id);
    await index.whenCurrent();
    const after = index.search('quar');
    expect(titles(after.client)).toEqual(['Anna Quartz']);
    expect(titles(after.conversation)).toEqual([]);
    expect(titles(after.dispute)).toEqual(['Quartz dust complaint']);
    index.dispose();
  });

  it('finds Russian and English text by word prefix, case-insensitively, grouped by kind', async () => {
    const anna = await createClient({ name: 'Анна Петрова', organization: 'ООО «Агроснаб»' });
    const john = await createClient({ name: 'John Smith', organization: 'Northwind Logistics Ltd' });
    await logConversation(conversation(anna.id, 'Обсудили график поставок', 'Просит счёт до пятницы'));
    await logConversation(conversation(john.id, 'Pricing for next year', 'Wants a volume discount'));
    const index = new SearchIndex(db);
    await index.whenCurrent();

    expect(titles(index.search('петро').client)).toEqual(['Анна Петрова']);
    expect(titles(index.search('АГРОС').client)).toEqual(['Анна Петрова']); // organisation, upper case
    expect(titles(index.search('графи').conversation)).toEqual(['Обсудили график поставок']);
    expect(titles(index.search('счет').conversation)).toEqual(['Обсудили график поставок']); // ё typed as е
    expect(titles(index.search('north').client)).toEqual(['John Smith']);
    expect(titles(index.search('VOLUME disc').conversation)).toEqual(['Pricing for next year']); // notes, two prefixes
    expect(titles(index.search('smith').conversation)).toEqual([]);
    expect(index.search('zebra')).toEqual({ client: [], conversation: [], dispute: [], decision: [] });
    expect(index.clientName(anna.id)).toBe('Анна Петрова');
    // Stop words and single letters would match most of a large journal: they find nothing.
    expect(titles(index.search('for next').conversation)).toEqual(['Pricing for next year']);
    expect(index.search('for').conversation).toEqual([]);
    expect(index.search('п').client).toEqual([]);
    // A typo in a longer word still finds it.
    expect(titles(index.search('Logistcs').client)).toEqual(['John Smith']);
  });

  it('indexes decisions and follows adds, edits, tombstones and restores', async () => {
    const client = await createClient({ name: 'Oleg Orlov' });
    const index = new SearchIndex(db);
    await index.whenCurrent();
    expect(index.search('warranty').conversation).toEqual([]);

    const c = await logConversation(conversation(client.id, 'Warranty repair call'), {
      decisions: [
        {
          decision: 'Extend the warranty',
          promised: 'Скидка на ремонт',
          owner: 'me',
          due: null,
          status: 'pending',
          note: '',
        },
      ],
    });
    expect(titles(index.search('warr').conversation)).toEqual(['Warranty repair call']);
    expect(titles(index.search('warr').decision)).toEqual(['Extend the warranty']);
    expect(titles(index.search('скидк').decision)).toEqual(['Extend the warranty']); // promised text

    await updateConversation(c.id, { summary: 'Invoice dispute call' });
    expect(index.search('warr').conversation).toEqual([]);
    expect(titles(index.search('invoice').conversation)).toEqual(['Invoice dispute call']);

    await deleteConversation(c.id);
    expect(index.search('invoice').conversation).toEqual([]);
    await restoreConversation(c.id);
    expect(titles(index.search('invoice').conversation)).toEqual(['Invoice dispute call']);

    await updateClient(client.id, { name: 'Олег Орлов' });
    expect(index.search('oleg').client).toEqual([]);
    expect(titles(index.search('орл').client)).toEqual(['Олег Орлов']);
    expect(index.clientName(client.id)).toBe('Олег Орлов');
  });

  it('takes in a whole sample journal loaded after it was built, and starts over when cleared', async () => {
    const index = new SearchIndex(db);
    await index.whenCurrent();
    const journal = generateSampleJournal({ seed: 3, clients: 60, years: 3, now: '2026-11-23T12:00:00Z' });
    await loadSampleJournal(journal);
    await index.whenCurrent();
    const total =
      journal.clients.length + journal.conversations.length + journal.disputes.length + journal.decisions.length;
    expect(index.documentCount).toBe(total);
    const someone = journal.clients[5];
    const firstName = someone?.name.split(' ')[0] ?? '';
    expect(index.search(firstName).client.some((h) => h.id === someone?.id)).toBe(true);

    await clearJournal();
    await index.whenCurrent();
    expect(index.documentCount).toBe(0);
    expect(index.search(firstName).client).toEqual([]);
  });

  it('limits each group and keeps the best match first', async () => {
    const client = await createClient({ name: 'Delivery Expert' });
    for (let i = 0; i < 12; i++) await logConversation(conversation(client.id, `Delivery number ${i}`));
    const index = new SearchIndex(db);
    await index.whenCurrent();
    const groups = index.search('deliv');
    expect(groups.conversation).toHaveLength(8);
    expect(groups.client.map((h) => h.title)).toEqual(['Delivery Expert']);
  });

  it('stops following writes once disposed', async () => {
    await createClient({ name: 'Anna Petrova' });
    const index = new SearchIndex(db);
    await index.whenCurrent();
    index.dispose();
    await createClient({ name: 'Boris Orlov' });
    expect(titles(index.search('petrova').client)).toEqual(['Anna Petrova']);
    expect(index.search('orlov').client).toEqual([]);
  });
});
