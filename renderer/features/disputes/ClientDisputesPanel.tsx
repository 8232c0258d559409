/** The client page's disputes section, with "Open dispute" (disputes feature). */
export function ClientDisputesPanel(_props: { clientId: string }) {
  return null;
}
