/*
 * The panel app's places, all in the URL's fragment: `#/l/<token>` and below. A fragment
 * is never sent to a server, so the personal link's token stays out of every log.
 */

export type TRoute =
  | { page: 'no-link' }
  | { page: 'bad-link' }
  | { page: 'home'; token: string }
  | { page: 'wave'; token: string; collectionId: string }
  | { page: 'results'; token: string; collectionId: string }
  | { page: 'profile'; token: string }
  | { page: 'unsubscribe'; token: string };

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const ID = /^[A-Za-z0-9-]{1,64}$/;

export function parseRoute(hash: string): TRoute {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { page: 'no-link' };
  const [, l, token, section, id, ...rest] = path.split('/');
  if (l !== 'l' || !token || !TOKEN.test(token) || rest.length > 0) return { page: 'bad-link' };
  if (section === undefined || section === '') return { page: 'home', token };
  if (section === 'profiel' && id === undefined) return { page: 'profile', token };
  if (section === 'afmelden' && id === undefined) return { page: 'unsubscribe', token };
  if ((section === 'ronde' || section === 'resultaten') && id && ID.test(id)) {
    return { page: section === 'ronde' ? 'wave' : 'results', token, collectionId: id };
  }
  return { page: 'bad-link' };
}

export function routeHash(route: TRoute): string {
  switch (route.page) {
    case 'home':
      return `#/l/${route.token}`;
    case 'wave':
      return `#/l/${route.token}/ronde/${route.collectionId}`;
    case 'results':
      return `#/l/${route.token}/resultaten/${route.collectionId}`;
    case 'profile':
      return `#/l/${route.token}/profiel`;
    case 'unsubscribe':
      return `#/l/${route.token}/afmelden`;
    default:
      return '#/';
  }
}
