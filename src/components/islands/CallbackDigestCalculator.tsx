import { useEffect, useState } from 'preact/hooks';
import { flowNodes } from '../../data/callback-flow.ts';
import { digestAlgorithms } from '../../lib/callbacks/digest.ts';
import { buildDigestView, defaultDigestFields, docsExample } from '../../lib/callbacks/digest-calculator.ts';
import { readSalt, type SaltState, writeSalt } from '../../lib/callbacks/url-state.ts';
import { CallbackDigestCheck } from './CallbackDigestCheck.tsx';
import { CallbackDigestDiagnoser } from './CallbackDigestDiagnoser.tsx';
import { CallbackDigestParams } from './CallbackDigestParams.tsx';
import { CallbackDigestResult } from './CallbackDigestResult.tsx';
import { CallbackReplayCommands } from './CallbackReplayCommands.tsx';
import { CopyButton } from './shared/CopyButton.tsx';
import { currentUrl, useUrlState } from './shared/use-url-state.ts';

const events = flowNodes.filter((node) => node.kind === 'callback');

/** The calculator takes no props: everything it needs is in the URL and the flow data. */
// biome-ignore lint/suspicious/noEmptyInterface: kept so every island exports its Props
export interface Props {}

/** URI template, values, salt and algorithm give the digest and the exact URL; paste a digest to check it. */
export default function CallbackDigestCalculator(_props: Props) {
  const [fields, update, loaded] = useUrlState(defaultDigestFields);
  const [salt, setSalt] = useState<SaltState>({ salt: docsExample.salt, include: false, omitted: false });
  useEffect(() => setSalt(readSalt(window.location.search, docsExample.salt)), []);
  useEffect(() => {
    if (!loaded) return;
    const next = writeSalt(window.location.href, salt, docsExample.salt);
    if (next !== window.location.href) history.replaceState(history.state, '', next);
  }, [salt.salt, salt.include, salt.omitted, loaded]);

  const view = buildDigestView(fields, salt.salt, events);
  const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;
  const reset = () => {
    update({ ...defaultDigestFields });
    setSalt({ salt: docsExample.salt, include: false, omitted: false });
  };
  return (
    <div class="cb-tool cb-digest" data-callbacks-tool="digest">
      <form class="cb-form" onSubmit={(event) => event.preventDefault()}>
        <div class="cb-field">
          <label for="cb-event">Event</label>
          <select
            id="cb-event"
            class="cb-input"
            value={view.event?.id ?? ''}
            onChange={(e) => update({ event: value(e) })}
          >
            {!view.event && <option value="">Choose an event</option>}
            {events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.id}
              </option>
            ))}
          </select>
          {view.fieldErrors.event && <p class="cb-field-error">{view.fieldErrors.event}</p>}
        </div>
        <div class="cb-field">
          <label for="cb-template">URI template (as registered)</label>
          <input
            type="text"
            id="cb-template"
            class="cb-input cb-input--mono"
            autoComplete="off"
            spellcheck={false}
            value={fields.template}
            onInput={(e) => update({ template: value(e) })}
            aria-invalid={view.fieldErrors.template ? true : undefined}
            aria-describedby="cb-template-help"
          />
          <div id="cb-template-help">
            {view.fieldErrors.template ? (
              <p class="cb-field-error">{view.fieldErrors.template}</p>
            ) : (
              <p class="cb-field-help">
                Placeholders: {'{paymentId}'}, {'{digest}'}, {'{result}'}, {'{param1}'}–{'{param5}'}.
              </p>
            )}
          </div>
        </div>
        <CallbackDigestParams fields={fields} view={view} onChange={update} />
        <div class="cb-field">
          <label for="cb-salt">Salt (a secret shared with Resurs)</label>
          <input
            type="text"
            id="cb-salt"
            class="cb-input cb-input--mono"
            autoComplete="off"
            spellcheck={false}
            value={salt.salt}
            onInput={(e) => setSalt({ ...salt, salt: value(e), omitted: false })}
            aria-describedby="cb-salt-help"
          />
          <label class="cb-choice">
            <input
              type="checkbox"
              checked={salt.include}
              onChange={(e) => setSalt({ ...salt, include: (e.currentTarget as HTMLInputElement).checked })}
            />
            Include the salt in the address bar and in copied links
          </label>
          <div id="cb-salt-help" role="status">
            {salt.omitted && (
              <p class="cb-verdict cb-verdict--warn">
                This link was made with a salt that was left out of it. Type the salt to get the same digest.
              </p>
            )}
            <p class="cb-field-help">
              The salt stays on this page: it is left out of the address bar and of copied links unless you tick the
              box, so reloading forgets it. Prefilled with the example from Resurs’ documentation.
            </p>
          </div>
        </div>
        <fieldset class="cb-field">
          <legend>Algorithm</legend>
          <div class="cb-inline">
            {digestAlgorithms.map((a) => (
              <label key={a} class="cb-choice">
                <input
                  type="radio"
                  name="cb-algorithm"
                  value={a}
                  checked={view.algorithm === a}
                  onChange={() => update({ algorithm: a })}
                />
                {a}
              </label>
            ))}
          </div>
          {view.fieldErrors.algorithm && <p class="cb-field-error">{view.fieldErrors.algorithm}</p>}
        </fieldset>
      </form>
      <div class="cb-tool__out">
        <CallbackDigestResult view={view} />
        <CallbackDigestCheck view={view} value={fields.received} onInput={(received) => update({ received })} />
        <div class="cb-toolbar">
          <CopyButton text={currentUrl} label="Copy link to this calculation" />
          <button type="button" class="button button--secondary button--small" onClick={reset}>
            Reset to the documentation’s example
          </button>
        </div>
      </div>
      <CallbackDigestDiagnoser view={view} salt={salt.salt} />
      <CallbackReplayCommands fields={fields} view={view} salt={salt.salt} />
    </div>
  );
}
