/**
 * When two client names are "the same name": equal once trimmed, compared without case, with
 * runs of spaces as one and ё as е. The client picker offers "Create" only for a name no client
 * has, and creating a client whose name one already has asks first.
 */
import type { Client } from '../domain/types';
import { isLive } from '../domain/records';

export function normaliseName(text: string): string {
  return text.trim().toLocaleLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

export function isSameClientName(a: string, b: string): boolean {
  const x = normaliseName(a);
  return x !== '' && x === normaliseName(b);
}

/**
 * The live client (deleted ones do not count) already called `name`, a current one before an
 * archived one; `exceptId` leaves out the client being renamed. Undefined when the name is free.
 */
export function findClientNamed(
  clients: readonly Client[],
  name: string,
  { exceptId }: { exceptId?: string } = {},
): Client | undefined {
  const same = clients.filter((c) => isLive(c) && c.id !== exceptId && isSameClientName(c.name, name));
  return same.find((c) => !c.archivedAt) ?? same[0];
}
