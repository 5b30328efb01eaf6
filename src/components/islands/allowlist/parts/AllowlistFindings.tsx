import { groupDigits } from '../../../../lib/shared/count.ts';
export interface Props {
  title: string;
  /** The finding sentences; nothing is drawn when empty. */
  items: readonly string[];
  tone: 'warn' | 'info';
  /** `data-findings` value, for tests and styling. */
  kind: string;
}

/** A short titled list of findings (too-broad entries, duplicates, unrelated entries). */
export function AllowlistFindings({ title, items, tone, kind }: Props) {
  if (items.length === 0) return null;
  return (
    <div class={`al-findings al-findings--${tone}`} data-findings={kind}>
      <p class="al-findings__title">
        <span aria-hidden="true">{tone === 'warn' ? '! ' : 'i '}</span>
        {title}
      </p>
      <ul>
        {items.slice(0, 50).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {items.length > 50 && <p class="al-note">…and {groupDigits(items.length - 50)} more.</p>}
    </div>
  );
}
