/**
 * The Markdown form of each component the FAQ's MDX uses: the two network tables (computed from
 * src/data/network.ts, like CidrTable.astro and CallbackSources.astro) and one linking line per
 * embedded tool or diagram.
 */
import { callbackSourceTargets } from '../allowlist/resurs-ranges.ts';
import { describeBlock } from '../network/describe-block.ts';
import { currentCallbackSourceList, currentOwnedBlockList } from '../network/history.ts';
import type { ComponentMarkdown } from './answer-markdown.ts';
import { markdownLink, markdownTable } from './markdown-text.ts';

/** An embedded tool or diagram: what the one line says and which page of the site it links to. */
export interface EmbedLine {
  label: string;
  path: string;
}

/**
 * The embeds of the FAQ, by the `embed` of their `<LazyEmbed>` (src/components/LazyEmbed.astro);
 * the paths are the full tools' sections.
 */
export const embedLines: Readonly<Record<string, EmbedLine>> = {
  'allowlist-address': { label: 'Interactive tool: Is this address Resurs?', path: '/tools/allowlist/#address' },
  'allowlist-gaps': { label: 'Interactive tool: Check my allowlist', path: '/tools/allowlist/#allowlist' },
  'allowlist-url': {
    label: 'Interactive tool: Can Resurs reach my callback URL?',
    path: '/tools/allowlist/#callback-url',
  },
  'order-lines': { label: 'Interactive tool: Order-line, discount and VAT validator', path: '/tools/order-lines/' },
  'magento-email': { label: 'Interactive tool: Magento async e-mail command builder', path: '/tools/magento-email/' },
  'callback-flow': { label: 'Diagram: the callback flow', path: '/tools/callbacks/#flow' },
};

/** The callback diagram's line, also where the component itself stands in an answer. */
export const diagramLine: EmbedLine = embedLines['callback-flow']!;

const line = (url: (path: string) => string, embed: EmbedLine | undefined) =>
  embed ? markdownLink(embed.label, url(embed.path)) : null;

/** The FAQ's CIDR table as Markdown, with the caption and source line CidrTable.astro shows. */
function cidrTable(): string {
  const list = currentOwnedBlockList;
  const rows = list.entries.map((block) => {
    const f = describeBlock(block.cidr);
    return [
      `\`${f.cidr}\``,
      `${f.firstHost} – ${f.lastHost}`,
      f.broadcast,
      f.netmask,
      `Allow from ${f.wildcard ?? f.cidr}`,
      `${block.port} (https)`,
      markdownLink(`AS${block.asn}`, `https://ipinfo.io/AS${block.asn}`),
    ];
  });
  const headers = [
    'Network CIDR block',
    'Range equivalent',
    'Broadcast',
    'Netmask',
    'Firewall settings',
    'Allow ports',
    'AS number',
  ];
  return [
    "**Resurs Bank's network blocks**",
    markdownTable(headers, rows),
    `Source: ${list.source}, last edited ${list.date}. Figures computed from the block list.`,
  ].join('\n\n');
}

/** The callback source addresses as Markdown, with the caption and source line CallbackSources.astro shows. */
function callbackSourcesTable(): string {
  const list = currentCallbackSourceList;
  const rows = callbackSourceTargets.map((t) => [
    `\`${t.display}\``,
    t.label,
    t.insideBlock ? `Yes, inside ${t.insideBlock}` : 'No: allow this address separately',
  ]);
  const source = list.sourceUrl ? markdownLink(list.source, list.sourceUrl) : list.source;
  return [
    '**Callback source addresses**',
    markdownTable(['Address', 'Label', 'Covered by the blocks above?'], rows),
    `Source: ${source}, version of ${list.date}.`,
  ].join('\n\n');
}

/** Every component the FAQ's MDX may use, written as Markdown. */
export const faqComponentMarkdown: Readonly<Record<string, ComponentMarkdown>> = {
  CidrTable: cidrTable,
  CallbackSources: callbackSourcesTable,
  LazyEmbed: (url, { embed = '' }) => line(url, Object.hasOwn(embedLines, embed) ? embedLines[embed] : undefined),
  CallbackFlowSvg: (url) => line(url, diagramLine),
};
