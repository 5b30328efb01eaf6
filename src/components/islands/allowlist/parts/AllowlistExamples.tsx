export interface Props {
  examples: readonly { label: string; value: string }[];
  onPick: (value: string) => void;
  /** Accessible name of the group, e.g. "Examples of addresses". */
  label: string;
}

/** Buttons that fill the input with an example, so a first-time visitor sees the tool work. */
export function AllowlistExamples({ examples, onPick, label }: Props) {
  return (
    <fieldset class="al-examples">
      <legend class="al-examples__title">
        <span class="visually-hidden">{label}: </span>Try
      </legend>
      {examples.map((e) => (
        <button key={e.label} type="button" class="al-chip" onClick={() => onPick(e.value)}>
          {e.label}
        </button>
      ))}
    </fieldset>
  );
}
