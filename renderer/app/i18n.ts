/** The UI's i18next instance, over the shared resources. Components use `useTranslation(ns)`. */
import { initReactI18next } from 'react-i18next';
import type { i18n } from 'i18next';
import { createI18n } from '../../shared/i18n/createI18n';
import type { Language } from '../../shared/domain/settings';

let instance: i18n | null = null;

export function getUiI18n(language: Language): i18n {
  if (!instance) {
    instance = createI18n(language);
    void instance.use(initReactI18next);
    // initReactI18next hooks into init; the instance is already initialised, so register it too.
    initReactI18next.init(instance);
  } else if (instance.language !== language) {
    void instance.changeLanguage(language);
  }
  document.documentElement.lang = language;
  return instance;
}
