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
 * it must name the origin the request was sent to, or one of the configured public
 * origins. Pages on a loopback address may call a server on a loopback address (the Vite
 * dev servers proxy /trpc with a rewritten Host); no other site's page can be there.
 * Without `Origin` (curl, the CLI, a load test), `Sec-Fetch-Site` decides when a browser
 * sent it; a client that sends neither is no browser, so no cross-site form either.
 */
export function isSameOrigin(
  headers: IncomingHttpHeaders,
  host: string,
  publicOrigins: readonly string[] | undefined,
): boolean {
  const origin = headers.origin;
  if (origin !== undefined) {
    let from: URL;
    try {
      from = new URL(origin);
    } catch {
      // `Origin: null` (a sandboxed frame, a file) is never ours.
      return false;
    }
    if (publicOrigins && publicOrigins.length > 0) {
      return publicOrigins.some((allowed) => new URL(allowed).origin === from.origin);
    }
    if (from.host === host) return true;
    return isLoopback(from.hostname) && isLoopback(hostnameOf(host));
  }
  const site = headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

function hostnameOf(host: string): string {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return '';
  }
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
