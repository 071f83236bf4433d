import { isIP } from 'node:net';

/** How many proxy hops to trust, or which proxy addresses (with CIDR ranges). */
export type TTrustProxy = number | string[];

/**
 * Reads `TRUST_PROXY`: a number of hops (`1`: one reverse proxy in front; the client address
 * is the right-most `X-Forwarded-For` entry that this proxy added) or a comma-separated list
 * of proxy addresses or ranges (`10.0.0.1,10.1.0.0/16`). Never "trust everything": then the
 * left-most entry, which the client chooses, would become the address and every
 * per-address limit could be bypassed.
 */
export function parseTrustProxy(value: string | undefined): TTrustProxy | Error {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text === 'false') return 0;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops <= 10) return hops;
  }
  const entries = text.split(',').map((entry) => entry.trim());
  const valid = entries.every((entry) => {
    const [address = '', bits, ...rest] = entry.split('/');
    if (rest.length > 0 || isIP(address) === 0) return false;
    if (bits === undefined) return true;
    const max = isIP(address) === 4 ? 32 : 128;
    return /^\d+$/.test(bits) && Number(bits) <= max;
  });
  if (!valid) {
    return new Error(
      `TRUST_PROXY moet een aantal proxy's zijn (0-10, meestal 1) of een lijst met hun adressen, niet "${text}".`,
    );
  }
  return entries;
}

/**
 * Fastify's form of the setting. A hop count becomes "trust the first n hops from the
 * socket" (Fastify itself trusts none for a bare number); proxy-addr calls it with each
 * address and its distance, 0 being the socket's peer.
 */
export function fastifyTrustProxy(
  trust: TTrustProxy | undefined,
): false | string[] | ((address: string, hop: number) => boolean) {
  if (trust === undefined || trust === 0) return false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust;
}
