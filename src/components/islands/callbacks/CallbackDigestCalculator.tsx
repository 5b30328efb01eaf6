import { flowNodes, scenarios } from '../../../data/callback-flow.ts';
import { digestAlgorithms } from '../../../lib/callbacks/digest.ts';
import {
  buildDigestView,
  type DigestFields,
  defaultDigestFields,
  docsExample,
  valueNames,
} from '../../../lib/callbacks/digest-calculator.ts';
import { type SaltState, saltFromParams, saltToParams } from '../../../lib/callbacks/url-state.ts';
import { PendingNote } from '../shared/PendingNote.tsx';
import { ToolShare } from '../shared/ToolShare.tsx';
import { type ToolStateSpec, useToolState } from '../shared/use-tool-state.ts';
import { CallbackDigestCheck } from './parts/CallbackDigestCheck.tsx';
import { CallbackDigestDiagnoser } from './parts/CallbackDigestDiagnoser.tsx';
import { CallbackDigestParams } from './parts/CallbackDigestParams.tsx';
import { CallbackDigestResult } from './parts/CallbackDigestResult.tsx';
import { CallbackReplayCommands } from './parts/CallbackReplayCommands.tsx';

const events = flowNodes.filter((node) => node.kind === 'callback');

/** The calculator's state: its fields (all in the URL) and the salt (in the URL only on purpose). */
interface DigestState {
  fields: DigestFields;
  salt: SaltState;
  /** The diagnoser's and the replay commands' fields, which read the calculator's settings. */
  parts: PartFields;
}

/** The URL state of the diagnoser and the replay commands (the Basic Auth password never is). */
const defaultParts = { diagnose: '', replayUser: '', replayScenario: scenarios[0]?.id ?? '' };
type PartFields = typeof defaultParts;
const partNames = Object.keys(defaultParts) as (keyof PartFields)[];

type DigestParam = keyof DigestFields | 'salt' | 'saltOmitted' | keyof PartFields;

const exampleSalt: SaltState = { salt: docsExample.salt, include: false, omitted: false };
const defaults: Record<DigestParam, string> = {
  ...defaultDigestFields,
  salt: docsExample.salt,
  saltOmitted: '',
  ...defaultParts,
};
const fieldNames = Object.keys(defaultDigestFields) as (keyof DigestFields)[];

/** Which parameters go into the digest, after the checkboxes typed before hydration. */
function adoptDigestParams(list: string, typed: ReadonlyMap<string, string>): string {
  const names = list.split(',').filter(Boolean);
  const next = valueNames.filter((name) => {
    const box = typed.get(`digestParam:${name}`);
    return box === undefined ? names.includes(name) : box === '1';
  });
  return next.join(',');
}

const spec: ToolStateSpec<DigestState, DigestParam> = {
  initial: { fields: defaultDigestFields, salt: exampleSalt, parts: defaultParts },
  defaults,
  toParams: ({ fields, salt, parts }) => ({ ...fields, ...saltToParams(salt, docsExample.salt), ...parts }),
  fromParams: (params, initial) => {
    const fields = { ...initial.fields };
    for (const name of fieldNames) fields[name] = params[name] ?? fields[name];
    const parts = { ...initial.parts };
    for (const name of partNames) parts[name] = params[name] ?? parts[name];
    return { fields, salt: saltFromParams(params, docsExample.salt), parts };
  },
  adopt: ({ fields, salt, parts }, typed) => {
    const nextParts = { ...parts };
    for (const name of partNames) nextParts[name] = typed.get(name) ?? nextParts[name];
    const next = { ...fields };
    for (const name of fieldNames) next[name] = typed.get(name) ?? next[name];
    next.digestParams = adoptDigestParams(next.digestParams, typed);
    const typedSalt = typed.get('salt');
    const include = typed.get('saltInclude');
    return {
      fields: next,
      parts: nextParts,
      salt: {
        salt: typedSalt ?? salt.salt,
        include: include === undefined ? salt.include : include === '1',
        omitted: typedSalt === undefined ? salt.omitted : false,
      },
    };
  },
};

/** The calculator takes no props: everything it needs is in the URL and the flow data. */
// biome-ignore lint/suspicious/noEmptyInterface: kept so every island exports its Props
export interface Props {}

/** URI template, values, salt and algorithm give the digest and the exact URL; paste a digest to check it. */
export default function CallbackDigestCalculator(_props: Props) {
  const tool = useToolState(spec);
  const { fields, salt, parts } = tool.state;
  const updateParts = (patch: Partial<PartFields>) =>
    tool.setState((previous) => ({ ...previous, parts: { ...previous.parts, ...patch } }));
  const update = (patch: Partial<DigestFields>) =>
    tool.setState((previous) => ({ ...previous, fields: { ...previous.fields, ...patch } }));
  const setSalt = (next: SaltState) => tool.setState((previous) => ({ ...previous, salt: next }));

  const view = buildDigestView(fields, salt.salt, events);
  const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;
  const reset = () => tool.setState(spec.initial);
  return (
    <div class="cb-tool cb-digest" data-callbacks-tool="digest" {...tool.rootProps}>
      <form class="cb-form" onSubmit={(event) => event.preventDefault()}>
        <div class="cb-field">
          <label for="cb-event">Event</label>
          <select
            id="cb-event"
            class="cb-input"
            value={view.event?.id ?? ''}
            data-state="event"
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
            data-state="template"
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
            data-state="salt"
            value={salt.salt}
            onInput={(e) => setSalt({ ...salt, salt: value(e), omitted: false })}
            aria-describedby="cb-salt-help"
          />
          <label class="cb-choice">
            <input
              type="checkbox"
              data-state="saltInclude"
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
                  data-state="algorithm"
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
        <PendingNote
          live={tool.live}
          example="Example digest for the documentation’s example (paymentId lePayment, MD5)."
          withoutJs="The digest rules in the answers still apply: compute it as MD5 or SHA1 of the values and the salt."
        />
        <div data-tool-output>
          <CallbackDigestResult view={view} />
        </div>
        <CallbackDigestCheck view={view} value={fields.received} onInput={(received) => update({ received })} />
        <div class="cb-toolbar">
          <ToolShare
            params={tool.params}
            defaults={defaults}
            embedded={false}
            what="this calculation"
            live={tool.live}
          />
          <button type="button" class="button button--secondary button--small" onClick={reset}>
            Reset to the documentation’s example
          </button>
        </div>
      </div>
      <CallbackDigestDiagnoser
        view={view}
        salt={salt.salt}
        value={parts.diagnose}
        onInput={(diagnose) => updateParts({ diagnose })}
      />
      <CallbackReplayCommands
        fields={fields}
        view={view}
        salt={salt.salt}
        user={parts.replayUser}
        scenarioId={parts.replayScenario}
        onChange={updateParts}
        typedPassword={tool.typed.get('replayPassword') ?? ''}
      />
    </div>
  );
}
