/** Background nudges (desktop notifications or an in-app banner). */
export function Nudges() {
  return null;
}
