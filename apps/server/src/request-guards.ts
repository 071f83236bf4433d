import type { IncomingHttpHeaders } from 'node:http';

/** The only content type the API reads: what the apps' tRPC clients send. */
export const TRPC_CONTENT_TYPE = 'application/json';

/** `application/json; charset=utf-8` → `application/json`. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The procedures of a tRPC URL (`/trpc/a,b?batch=1`) and whether it is a batch. */
export function trpcPathsOf(url: string): { paths: string[]; batch: boolean } {
  const [path = '', query = ''] = url.split('?');
  const batch = new URLSearchParams(query).get('batch') === '1';
  const procedures = path.startsWith('/trpc/') ? path.slice('/trpc/'.length) : '';
  let paths: string[];
  try {
    paths = decodeURIComponent(procedures).split(',');
  } catch {
    paths = [procedures];
  }
  return { paths, batch };
}

/**
 * Whether a mutation comes from our own pages. Browsers send `Origin` with every POST;
 * it must name the origin the request was sent to (or the configured public origin).
 * Without `Origin` (curl, the CLI, a load test), `Sec-Fetch-Site` decides when a browser
 * sent it; a client that sends neither is no browser, so no cross-site form either.
 */
export function isSameOrigin(
  headers: IncomingHttpHeaders,
  host: string,
  publicOrigin: string | undefined,
): boolean {
  const origin = headers.origin;
  if (origin !== undefined) {
    if (publicOrigin !== undefined) return origin === new URL(publicOrigin).origin;
    try {
      return new URL(origin).host === host;
    } catch {
      // `Origin: null` (a sandboxed frame, a file) is never ours.
      return false;
    }
  }
  const site = headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}
