/** The fields of a FAQ entry that the table of contents needs. */
export interface FaqHeading {
  title: string;
  anchor: string;
  section: string;
  level: 1 | 2 | 3;
  order: number;
}

/** A section with its questions, in source order. */
export interface FaqSection<T extends FaqHeading> {
  entry: T;
  children: T[];
}

/**
 * Sorts entries by `order` and groups them under their level-1 section.
 * Returns an error result (never throws) when an entry names a section that does not exist,
 * when two entries share an anchor or an order, or when a section is not level 1.
 */
export function groupFaq<T extends FaqHeading>(
  entries: readonly T[],
): { ok: true; value: FaqSection<T>[] } | { ok: false; error: string } {
  const sorted = [...entries].sort((a, b) => a.order - b.order);
  const seenAnchors = new Set<string>();
  const seenOrders = new Set<number>();
  const sections: FaqSection<T>[] = [];
  for (const entry of sorted) {
    if (seenAnchors.has(entry.anchor)) return { ok: false, error: `faq: anchor "${entry.anchor}" is used twice` };
    if (seenOrders.has(entry.order)) return { ok: false, error: `faq: order ${entry.order} is used twice` };
    seenAnchors.add(entry.anchor);
    seenOrders.add(entry.order);
    if (entry.level === 1) {
      if (entry.section !== entry.anchor) {
        return { ok: false, error: `faq: section "${entry.anchor}" must name itself as its section` };
      }
      sections.push({ entry, children: [] });
      continue;
    }
    const parent = sections.find((s) => s.entry.anchor === entry.section);
    if (!parent) {
      return {
        ok: false,
        error: `faq: "${entry.anchor}" names section "${entry.section}", which comes later or does not exist`,
      };
    }
    parent.children.push(entry);
  }
  return { ok: true, value: sections };
}

/**
 * Decodes a legacy Confluence anchor the way browsers match a fragment against ids:
 * 'FAQ-%22Limitforms%22?' becomes 'FAQ-"Limitforms"?'. Malformed escapes are kept as written.
 */
export function decodeLegacyAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}
