import type { CheckStatus, UrlCheck } from '../../../../lib/allowlist/check-callback-url.ts';
import { CopyButton } from '../../shared/CopyButton.tsx';

export interface Props {
  check: UrlCheck;
  /** Compact variant: commands are folded away. */
  compact?: boolean;
}

const words: Record<CheckStatus, { icon: string; text: string }> = {
  pass: { icon: '✓', text: 'Pass' },
  fail: { icon: '✗', text: 'Fail' },
  warn: { icon: '!', text: 'Warning' },
  manual: { icon: '?', text: 'Check by hand' },
};

/** One checklist item with `data-check` and `data-status`, and its commands if it has any. */
export function AllowlistCheckItem({ check, compact = false }: Props) {
  const commands = check.commands.map((c) => (
    <div key={c.command} class="al-command">
      <pre>
        <code>{c.command}</code>
      </pre>
      <p class="al-command__expect">
        <span class="al-command__copy">
          <CopyButton text={c.command} label="Copy" ariaLabel={`Copy the command: ${c.command}`} />
        </span>
        Expected: {c.expect}
      </p>
    </div>
  ));
  return (
    <li class={`al-check al-check--${check.status}`} data-check={check.id} data-status={check.status}>
      <span class={`al-badge al-badge--${check.status}`}>
        <span aria-hidden="true">{words[check.status].icon}</span> {words[check.status].text}
      </span>
      <div class="al-check__body">
        <p class="al-check__title">{check.title}</p>
        <p class="al-check__detail">{check.detail}</p>
        {commands.length > 0 &&
          (compact ? (
            <details class="al-details">
              <summary>Commands</summary>
              {commands}
            </details>
          ) : (
            commands
          ))}
      </div>
    </li>
  );
}
