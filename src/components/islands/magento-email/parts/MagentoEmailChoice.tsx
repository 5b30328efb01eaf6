import type { ComponentChildren } from 'preact';

export interface ChoiceOption<T extends string> {
  value: T;
  label: ComponentChildren;
  /** A second line under the label. */
  detail?: ComponentChildren;
}

export interface Props<T extends string> {
  /** Unique per page: the radios' name and the base of element ids. */
  id: string;
  legend: string;
  value: T;
  options: readonly ChoiceOption<T>[];
  onChange: (value: T) => void;
  /** Why a value from the link was replaced; shown under the legend. */
  notice?: string | undefined;
  layout?: 'row' | 'grid' | 'stack';
  /** The state name of the group (`data-state`), so a choice made before hydration is adopted. */
  state?: string;
}

/** A radio group in a fieldset (arrow keys move between options, as native radios do). */
export function MagentoEmailChoice<T extends string>({
  id,
  legend,
  value,
  options,
  onChange,
  notice,
  layout,
  state,
}: Props<T>) {
  const noticeId = `${id}-notice`;
  return (
    <fieldset class={`me-choice me-choice--${layout ?? 'stack'}`} aria-describedby={notice ? noticeId : undefined}>
      <legend class="me-label">{legend}</legend>
      {notice && (
        <p id={noticeId} class="me-field__message me-field__message--notice">
          {notice}
        </p>
      )}
      <div class="me-choice__options">
        {options.map((option) => (
          <label key={option.value} class="me-choice__option">
            <input
              type="radio"
              name={id}
              data-state={state}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span class="me-choice__text">
              <span class="me-choice__label">{option.label}</span>
              {option.detail && <span class="me-choice__detail">{option.detail}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
