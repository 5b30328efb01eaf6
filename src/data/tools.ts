/** The interactive tools of the site. Pages live at /tools/<id>/. */
export const toolIds = ['allowlist', 'order-lines', 'magento-email', 'callbacks'] as const;

export type ToolId = (typeof toolIds)[number];

/** What a tool is called and what it does, for navigation and the home page. */
export interface ToolInfo {
  id: ToolId;
  title: string;
  summary: string;
}

export const tools: readonly ToolInfo[] = [
  {
    id: 'allowlist',
    title: 'IP allowlist and callback URL tester',
    summary:
      'Check whether an address is Resurs, whether your firewall lets Resurs in, and whether Resurs can reach your callback URL.',
  },
  {
    id: 'order-lines',
    title: 'Order-line, discount and VAT validator',
    summary: 'Find why Resurs rejects or re-computes your order lines, and get corrected lines.',
  },
  {
    id: 'magento-email',
    title: 'Magento async e-mail command builder',
    summary: 'Build the exact, safe commands that switch Magento order e-mails to asynchronous sending.',
  },
  {
    id: 'callbacks',
    title: 'Callback flow, delivery simulator and digest calculator',
    summary: 'Step through which callbacks fire when, simulate retries, and compute callback digests.',
  },
];
