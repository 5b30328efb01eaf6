import type { ComponentChildren } from 'preact';

export interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'password' | 'datetime-local' | undefined;
  /** A message about the value; marks the field invalid. */
  error?: string | undefined;
  help?: ComponentChildren;
  autoComplete?: string | undefined;
  list?: string | undefined;
  placeholder?: string | undefined;
  step?: number | undefined;
  /** Shown right after the input, e.g. its datalist. */
  children?: ComponentChildren;
  /** The field's state name (`data-state`), so text typed before hydration is adopted. */
  state?: string | undefined;
}

/** A labelled one-line field of the callback tools, with its help and its error tied to it for screen readers. */
export function CallbackTextField({
  id,
  label,
  value,
  onInput,
  type,
  error,
  help,
  autoComplete,
  children,
  state,
  ...rest
}: Props) {
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="cb-field">
      <label for={id}>{label}</label>
      <input
        {...rest}
        type={type ?? 'text'}
        id={id}
        data-state={state}
        class="cb-input"
        autoComplete={autoComplete ?? 'off'}
        spellcheck={false}
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {children}
      {help && (
        <p class="cb-field-help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {error && (
        <p class="cb-field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
