import { api } from './api';
import type { TOpenedCollection } from './api-types';

declare global {
  interface Window {
    /** Set by public/open-early.js, which asks before this script has even loaded. */
    duidingOpening?: { slug: string | undefined; reply: Promise<unknown> };
  }
}

/**
 * The collection this address asks for: the reply open-early.js already asked for when it
 * is for the same address, else (no early script, or its request failed, so that the error
 * comes with its message) through the tRPC client.
 */
export async function fetchOpenCollection(slug: string | undefined): Promise<TOpenedCollection> {
  const early = window.duidingOpening;
  window.duidingOpening = undefined;
  if (early && early.slug === slug) {
    const body = (await early.reply) as { result?: { data?: TOpenedCollection } } | undefined;
    if (body?.result?.data) return body.result.data;
  }
  return api.intake.openCollection.query(slug ? { slug } : {});
}
