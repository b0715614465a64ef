/**
 * The reader's provider, remembered for the visit (sessionStorage), and applied before the page is
 * drawn. It runs as a classic script in <head> (ProviderMemory.astro), so the blocks pre-rendered
 * for that provider appear without moving anything already on screen. It is written when the
 * reader opens a provider's page or follows a link of the "I use …" choice, and cleared by the
 * choice of OpenAI's API. The blocks are shown, and OpenAI's default hidden, by a constructed
 * stylesheet: the CSP allows no inline style, and constructed sheets are not inline styles. A
 * block may name several providers (a model page's one block for those with no row for it).
 * Without storage or JavaScript nothing changes: the choice is its links.
 */
const KEY = 'gpt-mini-catalog:provider';
/** Provider ids as content spells them: nothing else reaches the stylesheet. */
const ID = /^[a-z0-9-]+$/;

function store(id: string | undefined): void {
  try {
    if (id) sessionStorage.setItem(KEY, id);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (a private window's quota, a setting): the links still work.
  }
}

function stored(): string | undefined {
  try {
    const id = sessionStorage.getItem(KEY) ?? undefined;
    return id && ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

// On a provider's own page (its script tag names it): that page is the choice.
const page =
  document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.dataset['providerPage']
    : undefined;
if (page && ID.test(page)) store(page);

const chosen = stored();
if (chosen && !page) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    '[data-when-openai]{display:none!important}' +
      `[data-when-provider~="${chosen}"]{display:block!important}` +
      `strong[data-when-provider~="${chosen}"]{display:inline!important}`,
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-provider]') : null;
  if (link instanceof HTMLAnchorElement) store(link.dataset['provider'] || undefined);
});
