/** Clients page: import clients from CSV or vCard. */
export function ImportClientsButton() {
  return null;
}
