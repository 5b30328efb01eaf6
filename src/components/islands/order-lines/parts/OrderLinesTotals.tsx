import { formatDecimal } from '../../../../lib/order-lines/decimal.ts';
import type { OrderTotals } from '../../../../lib/order-lines/line-math.ts';
import { countOf } from '../../../../lib/shared/count.ts';

/** Props of OrderLinesTotals. */
export interface Props {
  totals: OrderTotals;
  caption: string;
  /** Smaller type, for before/after tables side by side. */
  compact?: boolean;
}

const money = (value: Parameters<typeof formatDecimal>[0]) => formatDecimal(value, 5, 2);

/** Net, VAT and gross per VAT rate and in total, as Resurs computes them from the row totals. */
export function OrderLinesTotals({ totals, caption, compact = false }: Props) {
  return (
    <section
      class={`table-scroll ol-totals${compact ? ' ol-totals--compact' : ''}`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll container must be focusable to scroll it with the keyboard on phones
      tabIndex={0}
      aria-label={caption}
    >
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">VAT rate</th>
            <th scope="col" class="ol-num">
              Net
            </th>
            <th scope="col" class="ol-num">
              VAT
            </th>
            <th scope="col" class="ol-num">
              Gross
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.rates.map((rate) => (
            <tr key={rate.rate}>
              <th scope="row">
                {rate.rate}%{!compact && <span class="ol-muted"> ({countOf(rate.lines, 'line')})</span>}
              </th>
              <td class="ol-num">{money(rate.net)}</td>
              <td class="ol-num">{money(rate.vat)}</td>
              <td class="ol-num">{money(rate.gross)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td class="ol-num">{money(totals.total.net)}</td>
            <td class="ol-num">{money(totals.total.vat)}</td>
            <td class="ol-num">{money(totals.total.gross)}</td>
          </tr>
        </tfoot>
      </table>
      {totals.skipped > 0 && (
        <p class="ol-hint ol-totals__skipped">
          {countOf(totals.skipped, 'line is', 'lines are')} left out: its amounts or VAT rate cannot be read.
        </p>
      )}
    </section>
  );
}
