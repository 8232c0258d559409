/** The native menu and the PDF page footer (English). */
export const menu = {
  file: 'File',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
  help: 'Help',
  logConversation: 'Log conversation',
  print: {
    pageOf: 'Page {{page}} of {{total}}',
  },
};
