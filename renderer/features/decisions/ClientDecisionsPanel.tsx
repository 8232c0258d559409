/** The client page's decisions and promise-keeping figure (decisions feature). */
export function ClientDecisionsPanel(_props: { clientId: string }) {
  return null;
}
