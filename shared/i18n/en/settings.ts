/** English texts of the settings feature. */
export const settings = {
  general: 'General',
  language: 'Language',
  languageHint: 'On first start Rapport follows your system language.',
  theme: 'Theme',
  themes: { system: 'System', light: 'Light', dark: 'Dark' },
  dataLocation: 'Your journal is stored on this computer only: {{path}}',
  version: 'Version {{version}}',
};
