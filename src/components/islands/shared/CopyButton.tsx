import { useRef, useState } from 'preact/hooks';

export interface Props {
  /** The text to copy, or a function that returns it at click time. */
  text: string | (() => string);
  /** Visible label, e.g. "Copy link". */
  label: string;
  /** Accessible name when the visible label is ambiguous (e.g. "Copy the iptables rules"). */
  ariaLabel?: string;
  class?: string;
}

/**
 * A button that copies text to the clipboard. Where the browser refuses (no permission, insecure
 * context), the text appears beside the button in a selected, read-only field for manual copying.
 */
export function CopyButton({ text, label, ariaLabel, class: className }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'refused'>('idle');
  const [fallback, setFallback] = useState('');
  const fieldRef = useRef<HTMLTextAreaElement>(null);

  const copy = async () => {
    const value = typeof text === 'function' ? text() : text;
    try {
      if (!navigator.clipboard) throw new Error('clipboard unavailable');
      await navigator.clipboard.writeText(value);
      setState('copied');
      window.setTimeout(() => setState('idle'), 2000);
    } catch {
      setFallback(value);
      setState('refused');
      window.setTimeout(() => fieldRef.current?.select(), 0);
    }
  };

  return (
    <span class="copy-button">
      <button
        type="button"
        class={className ?? 'button button--secondary button--small'}
        onClick={copy}
        aria-label={ariaLabel}
      >
        {state === 'copied' ? 'Copied!' : label}
      </button>
      <span class="visually-hidden" role="status">
        {state === 'copied' ? 'Copied to the clipboard.' : ''}
      </span>
      {state === 'refused' && (
        <span class="copy-button__fallback">
          <label>
            The browser blocked copying. Copy it yourself:
            <textarea ref={fieldRef} readOnly rows={Math.min(6, fallback.split('\n').length)} value={fallback} />
          </label>
        </span>
      )}
    </span>
  );
}
