import { useSyncExternalStore } from 'react';

/**
 * Hash routing: `#/clients/<id>`. Hash URLs work the same under app:// and http://, and a
 * reload keeps the page.
 */
export interface Route {
  /** First segment: dashboard, journal, clients, disputes, decisions, summary, settings. */
  page: string;
  /** Second segment, e.g. a client id. */
  id: string | null;
  /** Query parameters after `?` in the hash. */
  query: URLSearchParams;
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

function snapshot(): string {
  return window.location.hash;
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page, id] = path.split('/');
  return { page: page || 'dashboard', id: id ? decodeURIComponent(id) : null, query: new URLSearchParams(search) };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, snapshot);
  return parseRoute(hash);
}

export function navigate(path: string): void {
  window.location.hash = path.startsWith('#') ? path : `#${path}`;
}

export function href(path: string): string {
  return `#${path}`;
}
