import type { AddressResult, AddressVerdict } from '../../../../lib/allowlist/check-addresses.ts';
import { groupDigits } from '../../../../lib/shared/count.ts';

export interface Props {
  results: readonly AddressResult[];
  /** At most this many rows are drawn; the rest are counted. */
  limit?: number;
  /** Accessible name of the list. */
  label: string;
}

/** Words and icons for each verdict: colour is never the only signal. */
export const verdictLabels: Record<AddressVerdict, { icon: string; text: string }> = {
  'callback-source': { icon: '✓', text: 'Callback source' },
  'resurs-range': { icon: '✓', text: 'Resurs block' },
  partial: { icon: '◐', text: 'Partly Resurs' },
  'not-resurs': { icon: '✗', text: 'Not Resurs' },
  invalid: { icon: '!', text: 'Not valid' },
};

/** One verdict badge: icon plus words. */
export function VerdictBadge({ verdict }: { verdict: AddressVerdict }) {
  const { icon, text } = verdictLabels[verdict];
  return (
    <span class={`al-badge al-badge--${verdict}`}>
      <span aria-hidden="true">{icon}</span> {text}
    </span>
  );
}

/** The per-entry verdicts of a paste, each carrying `data-verdict`. */
export function AllowlistResultList({ results, limit = 200, label }: Props) {
  const shown = results.slice(0, limit);
  return (
    <>
      <ul class="al-results" aria-label={label}>
        {shown.map((r, i) => (
          <li key={`${i}-${r.token.text}`} class="al-result" data-verdict={r.verdict}>
            <div class="al-result__head">
              <VerdictBadge verdict={r.verdict} />
              <code class="al-result__entry">{r.token.text}</code>
              {r.canonical && r.canonical !== r.token.text && <span class="al-result__canonical">= {r.canonical}</span>}
              <span class="al-result__line">line {r.token.line}</span>
            </div>
            <p class="al-result__headline">{r.headline}</p>
            {r.details.length > 0 && (
              <ul class="al-result__details">
                {r.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {results.length > shown.length && (
        <p class="al-note">
          Showing the first {groupDigits(shown.length)} of {groupDigits(results.length)} entries; the counts above
          include all of them.
        </p>
      )}
    </>
  );
}
