import i18next, { type i18n } from 'i18next';
import type { Language } from '../domain/settings';
import { NAMESPACES, resources } from './resources';

/**
 * A fresh i18next instance over the shared resources. The renderer makes one for the UI;
 * the summary renderer makes one per export language. `initAsync: false` makes it ready
 * synchronously, since resources are bundled.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    ns: NAMESPACES,
    defaultNS: 'common',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
