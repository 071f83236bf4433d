import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import type { AppRouter } from '@duiding/api';
import { createTRPCClient, httpLink } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { collectionFromAddress } from './collection-address';

const script = readFileSync(new URL('../public/open-early.js', import.meta.url), 'utf8');

/** Runs public/open-early.js for an address; returns what it asked and what it left. */
function runEarly(pathname: string, search: string, languages: string[] = ['nl-NL']) {
  const asked: string[] = [];
  const preloaded: string[] = [];
  const window: { duidingOpening?: { slug: string | undefined } } = {};
  const link = { rel: '', href: '' };
  runInNewContext(script, {
    window,
    location: { pathname, search },
    navigator: { languages, language: languages[0] },
    document: {
      querySelector: () => ({ getAttribute: () => '/assets/texts-en-abc.js' }),
      createElement: () => link,
      head: { appendChild: (added: typeof link) => preloaded.push(`${added.rel} ${added.href}`) },
    },
    URLSearchParams,
    fetch: (url: string) => {
      asked.push(url);
      return Promise.resolve({ ok: false });
    },
  });
  return { asked, slug: window.duidingOpening?.slug, preloaded };
}

/** The address tRPC's own (unbatched) link asks for the same query: the server's format. */
async function trpcUrl(input: { slug?: string }) {
  let url = '';
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: '/trpc',
        fetch: async (address) => {
          url = String(address);
          throw new Error('not sent');
        },
      }),
    ],
  });
  await client.intake.openCollection.query(input).catch(() => {});
  return url;
}

describe('open-early.js', () => {
  it('asks for the collection of the address as the intake reads it, in tRPC’s format', async () => {
    for (const [pathname, search] of [
      ['/', ''],
      ['/o/zhz-vertelt-2026', ''],
      ['/o/zhz-vertelt-2026/', '?lang=en'],
      ['/', '?collectie=abc&stap=verhaal'],
      ['/o/Niet_Goed', ''],
    ] as const) {
      const { asked, slug } = runEarly(pathname, search);
      const expected = collectionFromAddress({ pathname, search });
      expect(slug).toBe(expected.slug);
      expect(asked).toEqual([await trpcUrl(expected.slug ? { slug: expected.slug } : {})]);
    }
  });

  it('fetches the English texts at once for an English reader only', () => {
    const english = ['modulepreload /assets/texts-en-abc.js'];
    expect(runEarly('/', '', ['en-GB', 'nl']).preloaded).toEqual(english);
    expect(runEarly('/', '', ['de-DE', 'en']).preloaded).toEqual(english);
    expect(runEarly('/', '?lang=en', ['nl-NL']).preloaded).toEqual(english);
    expect(runEarly('/', '', ['nl-NL', 'en']).preloaded).toEqual([]);
    expect(runEarly('/', '?lang=nl', ['en-GB']).preloaded).toEqual([]);
  });
});
