// Mounts the tools embedded in FAQ answers (src/components/LazyEmbed.astro) when the reader gets near
// one: its JS and its stylesheet are fetched then, so /faq/ ships as text first. A link that lands on
// an answer with a tool loads it at once, since the tool is then on screen.

import allowlistCss from '../styles/allowlist.css?url';
import magentoEmailCss from '../styles/magento-email.css?url';
import orderLinesCss from '../styles/order-lines.css?url';
import { type LazyView, mountComponent } from './mount-component.ts';

/**
 * The tools an answer can embed. The stylesheets are imported as URLs: a component's own
 * `import '….css'` would put the sheet on every page that can render it, even lazily. The tool
 * pages link the same files.
 */
const embeds = {
  'allowlist-gaps': { load: () => import('../components/islands/AllowlistGapChecker.tsx'), css: allowlistCss },
  'allowlist-address': {
    load: () => import('../components/islands/AllowlistAddressChecker.tsx'),
    css: allowlistCss,
  },
  'allowlist-url': { load: () => import('../components/islands/AllowlistUrlChecklist.tsx'), css: allowlistCss },
  'order-lines': { load: () => import('../components/islands/OrderLinesEmbed.tsx'), css: orderLinesCss },
  'magento-email': { load: () => import('../components/islands/MagentoEmailEmbed.tsx'), css: magentoEmailCss },
} satisfies Record<string, LazyView>;

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
  status.replaceChildren('The tool did not load (a slow or blocked connection?). ', retry, ' or ', full, '.');
}

/** Fetches the embed's tool and renders it in place of the placeholder. Never throws. */
async function mount(host: HTMLElement): Promise<void> {
  const id = host.dataset.embed ?? '';
  if (!Object.hasOwn(embeds, id) || host.dataset.embedState === 'loading') return;
  const embed = embeds[id as EmbedId];
  host.dataset.embedState = 'loading';
  const status = host.querySelector<HTMLElement>('[data-embed-status]');
  if (status) status.textContent = 'Loading the tool…';
  const tool = await mountComponent(host, embed, () => readProps(host));
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
