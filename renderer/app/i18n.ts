/** The UI's i18next instances, over the shared resources. Components use `useTranslation(ns)`. */
import { initReactI18next } from 'react-i18next';
import type { i18n } from 'i18next';
import { createI18n } from '../../shared/i18n/createI18n';
import type { Language } from '../../shared/domain/settings';

const instances = new Map<Language, i18n>();

/**
 * One instance per language, made on first use. Switching language hands the provider another
 * instance, a plain re-render: `changeLanguage` on a shared instance would notify every
 * `useTranslation` synchronously while the app is rendering (React: "Cannot update a component
 * while rendering a different component").
 */
export function getUiI18n(language: Language): i18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = createI18n(language);
    // The instance is initialised already (resources are bundled), so register it directly.
    initReactI18next.init(instance);
    instances.set(language, instance);
  }
  return instance;
}
