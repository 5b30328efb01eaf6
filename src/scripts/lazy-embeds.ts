// Mounts the tools embedded in FAQ answers (src/components/LazyEmbed.astro) when the reader gets near
// one: its JS and its stylesheet are fetched then, so /faq/ ships as text first. A link that lands on
// an answer with a tool loads it at once, since the tool is then on screen.

import { joinBase } from '../lib/site/paths.ts';
import allowlistCss from '../styles/allowlist.css?url';
import callbacksCss from '../styles/callbacks.css?url';
import magentoEmailCss from '../styles/magento-email.css?url';
import orderLinesCss from '../styles/order-lines.css?url';
import toolChromeCss from '../styles/tool-chrome.lazy.css?url';
import { type LazyView, loadStylesheet, mountComponent } from './mount-component.ts';

/** Server-rendered markup that is not a tool: a page of the site whose [data-embed-content] is taken. */
interface LazyMarkup {
  page: string;
  css: readonly string[];
}

/**
 * The tools an answer can embed. The stylesheets are imported as URLs: a component's own
 * `import '….css'` would put the sheet on every page that can render it, even lazily. The tool
 * pages link the same files. Every tool also takes the chrome all tools share (tool-chrome.css).
 */
const embeds = {
  'allowlist-gaps': {
    load: () => import('../components/islands/allowlist/AllowlistGapChecker.tsx'),
    css: [toolChromeCss, allowlistCss],
  },
  'allowlist-address': {
    load: () => import('../components/islands/allowlist/AllowlistAddressChecker.tsx'),
    css: [toolChromeCss, allowlistCss],
  },
  'allowlist-url': {
    load: () => import('../components/islands/allowlist/AllowlistUrlChecklist.tsx'),
    css: [toolChromeCss, allowlistCss],
  },
  'order-lines': {
    load: () => import('../components/islands/order-lines/OrderLinesEmbed.tsx'),
    css: [toolChromeCss, orderLinesCss],
  },
  'magento-email': {
    load: () => import('../components/islands/magento-email/MagentoEmailEmbed.tsx'),
    css: [toolChromeCss, magentoEmailCss],
  },
  'callback-flow': { page: '/embeds/callback-flow/', css: [callbacksCss] },
} satisfies Record<string, LazyView | LazyMarkup>;

/** Which tool an embed holds. */
export type EmbedId = keyof typeof embeds;

/** How far ahead of the viewport a tool starts loading: about two screens. */
const rootMargin = '1200px 0px';

/** The tool's props from the placeholder; anything unreadable gives the tool its defaults. */
function readProps(host: HTMLElement): Record<string, unknown> {
  try {
    const props: unknown = JSON.parse(host.dataset.embedProps ?? '{}');
    return props && typeof props === 'object' && !Array.isArray(props) ? (props as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** What the placeholder holds the place of, in words. */
const what = (host: HTMLElement) => (host.dataset.embedKind === 'diagram' ? 'diagram' : 'tool');

/** Says, in the placeholder, that the tool did not load, with a button that tries again. */
function showFailure(host: HTMLElement): void {
  const status = host.querySelector<HTMLElement>('[data-embed-status]');
  if (!status) return;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className = 'button button--small';
  retry.textContent = 'Try again';
  retry.addEventListener('click', () => void mount(host));
  const link = host.querySelector<HTMLAnchorElement>('.embed-slot__nojs a');
  const full = document.createElement('a');
  full.href = link?.href ?? '';
  full.textContent = 'open the full tool';
  status.replaceChildren(`The ${what(host)} did not load (a slow or blocked connection?). `, retry, ' or ', full, '.');
}

/** Fetches the page's embed content and its stylesheet and puts them in place of the placeholder. Never rejects. */
async function mountMarkup(host: HTMLElement, embed: LazyMarkup): Promise<HTMLElement | null> {
  try {
    const [response] = await Promise.all([
      fetch(joinBase(import.meta.env.BASE_URL, embed.page)),
      Promise.all(embed.css.map(loadStylesheet)),
    ]);
    if (!response.ok) return null;
    // Our own page, parsed inertly (DOMParser runs nothing) from its <body> on: the head's inline
    // stylesheet is the page's own, which this page's content security policy would refuse.
    const text = await response.text();
    const page = new DOMParser().parseFromString(text.slice(Math.max(0, text.indexOf('<body'))), 'text/html');
    const content = page.querySelector('[data-embed-content]');
    if (!content) return null;
    // Styles come from the embed's stylesheet (linked above), never inline, which the page's policy would refuse.
    for (const el of content.querySelectorAll('style, script, link')) el.remove();
    const element = document.createElement('div');
    element.append(...document.adoptNode(content).childNodes);
    host.replaceChildren(element);
    return element;
  } catch {
    return null;
  }
}

/** Fetches the embed's tool and renders it in place of the placeholder. Never throws. */
async function mount(host: HTMLElement): Promise<void> {
  const id = host.dataset.embed ?? '';
  if (!Object.hasOwn(embeds, id) || host.dataset.embedState === 'loading') return;
  const embed = embeds[id as EmbedId];
  host.dataset.embedState = 'loading';
  const status = host.querySelector<HTMLElement>('[data-embed-status]');
  if (status) status.textContent = `Loading the ${what(host)}…`;
  const tool =
    'page' in embed ? await mountMarkup(host, embed) : await mountComponent(host, embed, () => readProps(host));
  if (tool) {
    tool.className = 'embed__tool';
    host.dataset.embedState = 'mounted';
  } else {
    host.dataset.embedState = 'failed';
    showFailure(host);
  }
}

const hosts = document.querySelectorAll<HTMLElement>('[data-embed]');
if (hosts.length > 0) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void mount(entry.target as HTMLElement);
      }
    },
    { rootMargin },
  );
  for (const host of hosts) observer.observe(host);
}
