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
    // An English reader (?lang=en, else the first of the browser's languages the intake
    // has) gets the English texts beside the main script, not after it.
    const wanted =
      new URLSearchParams(location.search).get('lang') ||
      (navigator.languages || [navigator.language]).find((tag) => /^(nl|en)\b/i.test(tag || ''));
    const english = document.querySelector('meta[name="duiding-texts-en"]');
    if (english && /^en\b/i.test(wanted || '')) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = english.getAttribute('content');
      document.head.appendChild(link);
    }
  } catch {
    // An old browser: the intake asks itself.
  }
})();
