import type { DigestFields, DigestView, ValueName } from '../../../../lib/callbacks/digest-calculator.ts';

export interface Props {
  fields: DigestFields;
  view: DigestView;
  onChange: (patch: Partial<DigestFields>) => void;
}

/** One value field per placeholder of the template, and the choice of which ones go into the digest. */
export function CallbackDigestParams({ fields, view, onChange }: Props) {
  const inDigest = (name: ValueName) => view.digestParams.includes(name);
  const toggle = (name: ValueName, on: boolean) => {
    const next = view.valueFields.filter((n) => (n === name ? on : inDigest(n)));
    onChange({ digestParams: next.join(',') });
  };
  if (view.valueFields.length === 0) {
    return (
      <p class="cb-field-help">The template has no parameters besides {'{digest}'}: the digest is the salt’s alone.</p>
    );
  }
  return (
    <>
      {view.valueFields.map((name) => (
        <div class="cb-field" key={name}>
          <label for={`cb-value-${name}`}>
            Value of <code>{`{${name}}`}</code>
          </label>
          <input
            type="text"
            id={`cb-value-${name}`}
            class="cb-input cb-input--mono"
            autoComplete="off"
            spellcheck={false}
            data-state={name}
            value={fields[name]}
            onInput={(e) => onChange({ [name]: (e.currentTarget as HTMLInputElement).value })}
            aria-invalid={view.fieldErrors[name] ? true : undefined}
          />
          {view.fieldErrors[name] && <p class="cb-field-error">{view.fieldErrors[name]}</p>}
        </div>
      ))}
      <fieldset class="cb-field">
        <legend>Parameters in the digest (joined in the template’s order, then the salt)</legend>
        <div class="cb-checkboxes">
          {view.valueFields.map((name) => (
            <label key={name} class="cb-choice">
              <input
                type="checkbox"
                data-state={`digestParam:${name}`}
                checked={inDigest(name)}
                onChange={(e) => toggle(name, (e.currentTarget as HTMLInputElement).checked)}
              />
              <code>{name}</code>
            </label>
          ))}
        </div>
        {view.fieldErrors.digestParams && <p class="cb-field-error">{view.fieldErrors.digestParams}</p>}
      </fieldset>
    </>
  );
}
