// Asks the server for the collection while the intake's own script is still on its way,
// so a phone on a slow line waits one round trip less (src/open-early.ts takes the reply).
// A classic script of its own: the page's CSP allows no inline script. It reads the address
// as src/collection-address.ts does; open-early.test.ts checks that both agree.
(() => {
  try {
    const own = /^\/o\/([a-z0-9-]{1,100})\/?$/.exec(location.pathname);
    const slug = own ? own[1] : new URLSearchParams(location.search).get('collectie');
    const input = encodeURIComponent(JSON.stringify(slug ? { slug } : {}));
    window.duidingOpening = {
      slug: slug || undefined,
      reply: fetch(`/trpc/intake.openCollection?input=${input}`, {
        credentials: 'same-origin',
      })
        .then((response) => (response.ok ? response.json() : undefined))
        .catch(() => undefined),
    };
  } catch {
    // An old browser: the intake asks itself.
  }
})();
