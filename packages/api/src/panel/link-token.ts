import { createHash, createHmac } from 'node:crypto';

/*
 * A member's personal link carries a token derived from a key of the installation (kept
 * outside the database) and the member's link generation. The database stores only the
 * token's SHA-256, so a copy of it opens no one's link; the key lets the server write the
 * same link into every reminder without keeping the token itself.
 */

/** 32 bytes as base64url: 43 characters. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function memberLinkToken(key: Uint8Array, memberId: string, generation: number): string {
  return createHmac('sha256', key)
    .update(`panel-member:${memberId}:${generation}`)
    .digest('base64url');
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The app's addresses under the base URL; the token is in the fragment, never sent to a server. */
export function panelLinks(baseUrl: string, token: string, collectionId?: string) {
  const home = `${baseUrl.replace(/\/+$/, '')}/panel/#/l/${token}`;
  return {
    home,
    wave: collectionId ? `${home}/ronde/${collectionId}` : home,
    results: collectionId ? `${home}/resultaten/${collectionId}` : home,
    unsubscribe: `${home}/afmelden`,
  };
}
