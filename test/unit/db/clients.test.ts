import { beforeEach, describe, expect, it } from 'vitest';
import { createClient, getClient, listClients, setClientArchived, updateClient } from '../../../renderer/db/clients';
import { resetDb } from './resetDb';

describe('clients repository', () => {
  beforeEach(resetDb);

  it('creates a client with trimmed fields and refuses one without a name', async () => {
    const client = await createClient({
      name: '  Irina Volkova ',
      organization: ' Baltic Freight ',
      vip: true,
      tags: ['key'],
    });
    expect(await getClient(client.id)).toMatchObject({
      name: 'Irina Volkova',
      organization: 'Baltic Freight',
      vip: true,
      problem: false,
      tags: ['key'],
      archivedAt: null,
      lastContactAt: null,
    });
    await expect(createClient({ name: '   ' })).rejects.toThrow(/name/);
  });

  it("keeps a client's own cadence, and clearing it makes the client follow the defaults again", async () => {
    const client = await createClient({ name: 'Anna', cadenceDays: 7 });
    expect((await getClient(client.id))?.cadenceDays).toBe(7);
    await updateClient(client.id, { cadenceDays: 'off' });
    expect((await getClient(client.id))?.cadenceDays).toBe('off');
    await updateClient(client.id, { cadenceDays: undefined });
    const cleared = await getClient(client.id);
    expect(cleared && 'cadenceDays' in cleared).toBe(false);
    expect((await createClient({ name: 'Boris' })).cadenceDays).toBeUndefined();
  });

  it('edits a client but never blanks its name', async () => {
    const client = await createClient({ name: 'Oleg' });
    await updateClient(client.id, { name: ' Oleg Sidorov ', problem: true, notes: 'Prefers mornings' });
    expect(await getClient(client.id)).toMatchObject({
      name: 'Oleg Sidorov',
      problem: true,
      notes: 'Prefers mornings',
    });
    await expect(updateClient(client.id, { name: '' })).rejects.toThrow(/name/);
    expect((await getClient(client.id))?.name).toBe('Oleg Sidorov');
  });

  it('archives and restores: archived clients leave the list unless asked for', async () => {
    const anna = await createClient({ name: 'Anna' });
    await createClient({ name: 'Boris' });
    await setClientArchived(anna.id, true);
    expect((await listClients()).map((c) => c.name)).toEqual(['Boris']);
    expect((await listClients({ includeArchived: true })).map((c) => c.name)).toEqual(['Anna', 'Boris']);
    expect((await getClient(anna.id))?.archivedAt).not.toBeNull();
    await setClientArchived(anna.id, false);
    expect((await listClients()).map((c) => c.name)).toEqual(['Anna', 'Boris']);
  });
});
