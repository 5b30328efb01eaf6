/** The interactive tools of the site. Pages live at /tools/<id>/. */
export const toolIds = ['allowlist', 'order-lines', 'magento-email', 'callbacks'] as const;

export type ToolId = (typeof toolIds)[number];

/** What a tool is called and what it does: its page (src/layouts/ToolPage.astro), navigation and the home page. */
export interface ToolInfo {
  id: ToolId;
  /** The page title and, unless `heading` is set, its h1. */
  title: string;
  /** The h1 where it is typeset differently from the title (a non-breaking hyphen). */
  heading?: string;
  /** One sentence for the home page and the tools index. */
  summary: string;
  /** The page's meta and OpenGraph description. */
  description: string;
}

export const tools: readonly ToolInfo[] = [
  {
    id: 'allowlist',
    title: 'IP allowlist and callback URL tester',
    summary:
      'Check whether an address is Resurs, whether your firewall lets Resurs in, and whether Resurs can reach your callback URL.',
    description:
      "Check whether an address is Resurs Bank, whether your firewall's allowlist lets Resurs' callbacks in, and whether Resurs can reach your callback URL; copy firewall rules and machine-readable IP lists.",
  },
  {
    id: 'order-lines',
    title: 'Order-line, discount and VAT validator',
    summary: 'Find why Resurs rejects or re-computes your order lines, and get corrected lines.',
    description:
      'Paste the order lines you send Resurs Bank (JSON or SOAP XML) and see what Resurs rejects or silently re-computes: discounts with VAT in hosted flow, rounding beyond the 0.05 tolerance, totals, numbers and VAT rates. Get corrected lines.',
  },
  {
    id: 'magento-email',
    title: 'Magento async e-mail command builder',
    summary: 'Build the exact, safe commands that switch Magento order e-mails to asynchronous sending.',
    heading: 'Magento async e‑mail command builder',
    description:
      'Build the exact, safely quoted commands that switch Magento 2 order e-mails to asynchronous sending (or back), for bin/magento, sudo, Docker Compose, Warden or DDEV, with cron checks and warnings.',
  },
  {
    id: 'callbacks',
    title: 'Callback flow, delivery simulator and digest calculator',
    summary: 'Step through which callbacks fire when, simulate retries, and compute callback digests.',
    description:
      'Step through which Resurs callbacks fire when, simulate what happens when your endpoint is down or slow, and compute the digest Resurs sends.',
  },
];

/** The tool with this id. Throws on an unknown id: it runs at build time, where that is a typo. */
export function toolById(id: ToolId): ToolInfo {
  const tool = tools.find((t) => t.id === id);
  if (!tool) throw new Error(`tools: no tool ${id}`);
  return tool;
}
