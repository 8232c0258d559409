import { describe, expect, it } from 'vitest';
import { findClientNamed, isSameClientName } from '../../../shared/rules/clientNames';
import { clientOptions } from '../../../renderer/common/clientSearch';
import type { Client } from '../../../shared/domain/types';

function client(name: string, patch: Partial<Client> = {}): Client {
  return {
    id: `id-${name}-${patch.archivedAt ?? ''}-${patch.deletedAt ?? ''}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    name,
    organization: '',
    role: '',
    phone: '',
    email: '',
    tags: [],
    vip: false,
    problem: false,
    notes: '',
    archivedAt: null,
    lastContactAt: null,
    lastOutcome: null,
    ...patch,
  };
}

describe('the same client name', () => {
  it('is equal once trimmed, without case, spaces collapsed', () => {
    expect(isSameClientName('  anna  PETROVA ', 'Anna Petrova')).toBe(true);
    expect(isSameClientName('Фёдор', 'федор')).toBe(true);
    expect(isSameClientName('Anna', 'Anna Petrova')).toBe(false);
    expect(isSameClientName('  ', '')).toBe(false);
  });

  it('finds the live client of that name, a current one before an archived one', () => {
    const archived = client('Anna Petrova', { archivedAt: '2026-02-01T00:00:00.000Z' });
    const current = client('Anna Petrova');
    const deleted = client('Boris', { deletedAt: '2026-02-01T00:00:00.000Z' });
    expect(findClientNamed([archived, current], ' anna petrova')).toBe(current);
    expect(findClientNamed([archived], 'ANNA PETROVA')).toBe(archived);
    // A deleted client's name is free again; the client being renamed does not clash with itself.
    expect(findClientNamed([deleted], 'Boris')).toBeUndefined();
    expect(findClientNamed([current], 'Anna Petrova', { exceptId: current.id })).toBeUndefined();
  });
});

describe('the client picker’s options', () => {
  const clients = [client('Anna Petrova'), client('Boris Orlov')];

  it('offers nothing, and never "Create", while the clients are loading', () => {
    expect(clientOptions(undefined, 'Anna Petrova', true)).toEqual([]);
    expect(clientOptions(undefined, 'Someone new', true)).toEqual([]);
  });

  it('offers "Create" only for a name no client has', () => {
    expect(clientOptions(clients, ' anna petrova ', true)).toEqual([{ kind: 'client', client: clients[0] }]);
    expect(clientOptions(clients, 'Anna', true)).toEqual([
      { kind: 'client', client: clients[0] },
      { kind: 'create', name: 'Anna' },
    ]);
    expect(clientOptions(clients, 'Anna', false)).toEqual([{ kind: 'client', client: clients[0] }]);
  });
});
