/** Where the server serves the portal; the router's base. */
export const PORTAL_BASE = '/portal';

/**
 * An address inside the portal that also works from a nested route: wouter's `~` leaves
 * every base, so the portal's own base goes back in front.
 */
export function portalPath(path: string): string {
  return `~${PORTAL_BASE}${path}`;
}
