/** English texts of the search feature: global search, the quick-log shortcut and the sample journal. */
export const search = {
  box: {
    label: 'Search',
    placeholder: 'Search clients, conversations, disputes, decisions…  Ctrl+K',
    results: 'Search results',
    indexing: 'Preparing search… {{count}} records so far',
    noResults: 'No results for “{{query}}”',
    hint: 'Type a name, an organization, or a word from a summary or notes.',
    open: '↑↓ to move, Enter to open, Esc to close',
  },
  groups: {
    client: 'Clients',
    conversation: 'Conversations',
    dispute: 'Disputes',
    decision: 'Decisions',
  },
  shortcut: {
    title: 'Quick log shortcut',
    description:
      'A keyboard shortcut that opens “Log conversation” from anywhere on your computer, even when Rapport is in the background.',
    current: 'Shortcut',
    change: 'Change shortcut',
    recording: 'Press the new shortcut…',
    recordingHint: 'Hold Ctrl (⌘ on a Mac) or Alt and press a key. Esc cancels.',
    needsModifier: 'Use Ctrl (⌘ on a Mac) or Alt together with a key.',
    reset: 'Reset to default',
    saved: 'Quick log shortcut set to {{shortcut}}.',
    browserOnly: 'The global shortcut works in the desktop app. Inside the app, Ctrl+N opens “Log conversation”.',
    taken: '{{shortcut}} is already used by another application. Choose another shortcut.',
    failed: 'Could not set the shortcut: {{message}}',
  },
  sample: {
    title: 'Sample journal',
    description: 'Try Rapport with a realistic, made-up journal: clients, conversations, disputes and decisions.',
    size: 'Size',
    small: 'Small: 50 clients, 2 years',
    large: 'Large: 2,000 clients, 10 years (about 50,000 conversations)',
    load: 'Load sample journal',
    notEmpty:
      'Your journal already has entries. The sample journal only loads into an empty journal, so it never mixes with your own data.',
    checking: 'Checking the journal…',
    preparing: 'Preparing the sample journal…',
    progress: 'Loading sample journal',
    progressText: '{{done}} of {{total}} records',
    done: 'Sample journal loaded: {{clients}} clients and {{conversations}} conversations.',
    failed: 'Could not load the sample journal: {{message}}',
  },
};
