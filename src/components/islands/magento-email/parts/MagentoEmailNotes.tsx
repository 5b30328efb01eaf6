import type { Warning } from '../../../../lib/magento-email/warnings.ts';
import { MagentoEmailRichText } from './MagentoEmailRichText.tsx';

export interface Props {
  warnings: readonly Warning[];
  class?: string;
}

/** Warnings and notes, each with an icon and a written label so colour never carries the meaning alone. */
export function MagentoEmailNotes({ warnings, class: className }: Props) {
  if (warnings.length === 0) return null;
  return (
    <ul class={`me-notes ${className ?? ''}`}>
      {warnings.map((w) => (
        <li key={w.id} class={`me-note me-note--${w.level}`} data-warning={w.id}>
          <svg class="me-note__icon" viewBox="0 0 24 24" aria-hidden="true">
            {w.level === 'warning' ? (
              <path d="M12 3 2 21h20L12 3zm0 6v6m0 3v.5" />
            ) : (
              <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zm0-10v6m0-9.5V7" />
            )}
          </svg>
          <span>
            <strong class="me-note__label">{w.level === 'warning' ? 'Warning: ' : 'Note: '}</strong>
            <MagentoEmailRichText text={w.text} />
          </span>
        </li>
      ))}
    </ul>
  );
}
