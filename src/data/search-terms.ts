import { pastedErrors } from './error-messages.ts';
import { localSuffixes } from './local-names.ts';
import type { ToolId } from './tools.ts';

/**
 * Words people search for when they need a tool, in English and Swedish, that the tool page may not
 * contain itself. The search index stores them hidden on each tool's record
 * (src/integrations/pagefind-index.ts); they are never shown on the page.
 */
export const toolSearchTerms: Record<ToolId, readonly string[]> = {
  allowlist: [
    'ip allowlist checker',
    'whitelist tester',
    'is this ip resurs',
    'cidr calculator',
    'subnet',
    'netmask',
    'ip range',
    'firewall rules',
    'iptables',
    'nginx allow',
    'callback url tester',
    'reachability',
    'brandvägg',
    'vitlista',
    'ip-adress',
  ],
  'order-lines': [
    'order lines',
    'order rows',
    'orderrader',
    'discount',
    'rabatt',
    'VAT',
    'moms',
    'vatPct',
    'rounding',
    'öresavrundning',
    'totalAmount',
    'negative value not allowed',
    'validator',
  ],
  'magento-email': [
    'async email',
    'asynchronous sending',
    'async_sending',
    'sales_email',
    'bin/magento config:set',
    'order confirmation email',
    'orderbekräftelse',
    'e-post',
    'cron',
    'command builder',
  ],
  callbacks: [
    'callback digest',
    'digest calculator',
    'checksum',
    'md5',
    'sha1',
    'salt',
    'signature',
    'webhook',
    'notification',
    'återanrop',
    'retry schedule',
    'BOOKED',
    'UNFREEZE',
    'FINALIZATION',
    'ANNULMENT',
    'UPDATE',
    'event flow',
    'simulator',
  ],
};

/** Example searches offered before the first query and when a search finds nothing: customer phrasing. */
export const searchSuggestions: readonly string[] = [
  'callbacks not arriving',
  'which IPs to whitelist',
  'discount rejected',
  'SSL certificate',
  'moms rabatt',
  'Magento slow callbacks',
];

/** Hidden search text for an answer, with its weight against the answer's own text. */
export interface AnswerSearchText {
  text: string;
  weight: number;
}

/**
 * Hidden search text for an FAQ answer beyond its front-matter keywords: the error messages that
 * answer explains best (weight 3, as the keywords) or also explains (weight 1), from
 * src/data/error-messages.ts, and, for the answer on local names, the DNS suffixes that never resolve
 * publicly (src/data/local-names.ts), so a pasted host such as shop.test finds it. Empty texts are left out.
 */
export function answerSearchText(anchor: string): AnswerSearchText[] {
  const messages = (first: boolean) =>
    pastedErrors
      .filter((error) => (first ? error.answers[0] === anchor : error.answers.slice(1).includes(anchor)))
      .map((error) => error.text);
  const suffixes = anchor === 'local-networks-hosts' ? localSuffixes.map((entry) => `.${entry.suffix}`) : [];
  return [
    { text: [...messages(true), ...suffixes].join(', '), weight: 3 },
    { text: messages(false).join(', '), weight: 1 },
  ].filter((part) => part.text !== '');
}
