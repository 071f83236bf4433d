/**
 * Which collection an address asks for. `/o/<slug>` is a collection's own landing page
 * (the address on its flyers); `?collectie=<slug>` opens its questionnaire straight away;
 * anything else is the public collection open now.
 */
export function collectionFromAddress(location: { pathname: string; search: string }): {
  slug?: string;
  landing: boolean;
} {
  const own = /^\/o\/([a-z0-9-]{1,100})\/?$/.exec(location.pathname);
  if (own) return { slug: own[1]!, landing: true };
  const slug = new URLSearchParams(location.search).get('collectie');
  return slug ? { slug, landing: false } : { landing: false };
}

/** The address of a collection's landing page. */
export const landingAddress = (slug: string) => `/o/${slug}`;
