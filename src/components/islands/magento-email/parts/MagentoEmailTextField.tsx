import { MagentoEmailRichText } from './MagentoEmailRichText.tsx';

export interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Text in which `backticks` mark code, like the error. */
  help?: string | undefined;
  /** Blocks the procedure: shown beside the field, which is marked invalid. */
  error?: string | undefined;
  placeholder?: string;
  inputMode?: 'text' | 'numeric';
  /** Monospace, for paths and names. */
  code?: boolean;
  /** The field's state name (`data-state`), so text typed before hydration is adopted. */
  state?: string;
}

/** A labelled text input with its help and error message linked by aria-describedby. */
export function MagentoEmailTextField({
  id,
  label,
  value,
  onInput,
  help,
  error,
  placeholder,
  inputMode,
  code,
  state,
}: Props) {
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div class={`me-field ${error ? 'me-field--invalid' : ''}`}>
      <label class="me-label" for={id}>
        {label}
      </label>
      {help && (
        <p id={helpId} class="me-field__help">
          <MagentoEmailRichText text={help} />
        </p>
      )}
      <input
        id={id}
        class={`me-input ${code ? 'me-input--code' : ''}`}
        type="text"
        data-state={state}
        value={value}
        placeholder={placeholder}
        inputMode={inputMode}
        autoComplete="off"
        autoCapitalize="off"
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error && (
        <p id={errorId} class="me-field__message me-field__message--error">
          <svg class="me-field__icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v6m0 3.5v.5" />
          </svg>
          <span>
            <MagentoEmailRichText text={error} />
          </span>
        </p>
      )}
    </div>
  );
}
