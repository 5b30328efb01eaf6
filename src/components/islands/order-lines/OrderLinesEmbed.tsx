import OrderLinesTool from './OrderLinesTool.tsx';

/** Props of OrderLinesEmbed. */
export interface Props {
  /** The site's base path; defaults to the build's BASE_URL. */
  base?: string;
}

/**
 * The compact validator inside the FAQ answer about hosted-flow discounts, preloaded with that
 * discount. It never writes the page URL; "Open in the full tool" carries the current lines instead.
 */
export default function OrderLinesEmbed({ base = import.meta.env.BASE_URL }: Props) {
  return (
    <aside class="ol-embed" aria-labelledby="ole-title" data-order-lines-embed>
      <p id="ole-title" class="ol-embed__title">
        <span class="eyebrow">Tool</span>
        Check a discount the way hosted flow does
      </p>
      <OrderLinesTool embedded example="hosted-discount" base={base} />
    </aside>
  );
}
