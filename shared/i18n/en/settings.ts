/** English texts of the settings feature. */
export const settings = {
  general: 'General',
  language: 'Language',
  languageHint: 'On first start Rapport follows your system language.',
  theme: 'Theme',
  themes: { system: 'System', light: 'Light', dark: 'Dark' },
  dataLocation: 'Your journal is stored on this computer only: {{path}}',
  version: 'Version {{version}}',
  deleted: {
    title: 'Deleted entries',
    eraseAfter: 'Erase the text of deleted entries after (days)',
    eraseAfterHint: 'Until then Undo works and backups keep them; then only the date of deletion is kept.',
    invalid: 'Enter a whole number of days from 1 to 365.',
  },
};
