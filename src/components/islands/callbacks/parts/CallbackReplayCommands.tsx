import { useEffect, useState } from 'preact/hooks';
import { flowNodes, scenarios } from '../../../../data/callback-flow.ts';
import type { DigestFields, DigestView } from '../../../../lib/callbacks/digest-calculator.ts';
import {
  buildReplayCommands,
  buildReplayScript,
  replaySettingsFromCalculator,
} from '../../../../lib/callbacks/replay.ts';
import { CopyButton } from '../../shared/CopyButton.tsx';
import { CallbackTextField } from './CallbackTextField.tsx';

const events = flowNodes.filter((node) => node.kind === 'callback');

export interface Props {
  /** The calculator's fields: template and values. */
  fields: DigestFields;
  /** The calculator's view: algorithm and digest parameters. */
  view: Pick<DigestView, 'algorithm' | 'digestParams' | 'template'>;
  /** The salt; it goes into the digests only, never into a command. */
  salt: string;
  /** Basic Auth user and the chosen scenario (in the calculator's URL state). */
  user: string;
  scenarioId: string;
  onChange: (patch: { replayUser?: string; replayScenario?: string }) => void;
  /** A password typed before the tool hydrated, adopted once (it is never in the URL). */
  typedPassword?: string;
}

/** A curl command per callback event, with the calculator's template and digest, and a scenario script. */
export function CallbackReplayCommands({ fields, view, salt, user, scenarioId, onChange, typedPassword = '' }: Props) {
  const state = { replayUser: user, replayScenario: scenarioId };
  const update = onChange;
  // The password stays in this page's memory: never in the URL or a copied link.
  const [password, setPassword] = useState('');
  useEffect(() => {
    if (typedPassword) setPassword(typedPassword);
  }, [typedPassword]);
  const settings = replaySettingsFromCalculator(fields, view, salt, { user: state.replayUser, password });
  const result = buildReplayCommands(events, settings);
  const scenario = scenarios.find((s) => s.id === state.replayScenario) ?? null;
  const errors = result.ok ? {} : result.error;
  const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;
  return (
    <section class="cb-replay cb-tool__wide" aria-labelledby="cb-replay-title">
      <h3 id="cb-replay-title">Replay the callbacks to your own server</h3>
      <p class="cb-field-help">
        Each command sends one callback the way Resurs documents it, with the template, values and digest configuration
        above and a correct digest. The salt is not in the commands: only the digest made with it.
      </p>
      <div class="cb-inline cb-replay__auth">
        <CallbackTextField
          id="cb-replay-user"
          label="Basic Auth user (optional)"
          state="replayUser"
          value={state.replayUser}
          onInput={(replayUser) => update({ replayUser })}
          error={errors.user}
        />
        <CallbackTextField
          id="cb-replay-password"
          label="Basic Auth password"
          type="password"
          autoComplete="new-password"
          state="replayPassword"
          value={password}
          onInput={setPassword}
          error={errors.password}
          help="Never put in the address bar or in copied links."
        />
      </div>
      {!result.ok ? (
        <p class="cb-verdict cb-verdict--warn" role="status" data-replay-error>
          {/* A template the calculator already flags gets its message there, once. */}
          {errors.template && view.template.ok ? errors.template : 'Fix the highlighted field to see the commands.'}
        </p>
      ) : (
        <>
          <ul class="cb-warnings">
            {result.value.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          <ol class="cb-replay__list">
            {result.value.commands.map((c) => (
              <li key={c.event} class="cb-replay__item">
                <p class="cb-output__label">
                  {c.event} ({c.method}){c.digest && <> · digest {c.digest}</>}
                </p>
                {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable block must be reachable by keyboard (WCAG 2.1.1). */}
                <pre class="cb-replay__code" tabIndex={0} data-replay-event={c.event}>
                  {c.command}
                </pre>
                <CopyButton text={c.command} label={`Copy the ${c.event} command`} />
                {c.notes.length > 0 && (
                  <ul class="cb-notes">
                    {c.notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          <div class="cb-field">
            <label for="cb-replay-scenario">Replay a scenario’s callbacks in order</label>
            <select
              id="cb-replay-scenario"
              class="cb-input"
              data-state="replayScenario"
              value={scenario?.id ?? ''}
              onChange={(e) => update({ replayScenario: value(e) })}
            >
              {!scenario && <option value="">Choose a scenario</option>}
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </div>
          {scenario && (
            <>
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable block must be reachable by keyboard (WCAG 2.1.1). */}
              <pre class="cb-replay__code" tabIndex={0} data-replay-script={scenario.id}>
                {buildReplayScript(scenario, result.value.commands)}
              </pre>
              <CopyButton text={buildReplayScript(scenario, result.value.commands)} label="Copy the script" />
            </>
          )}
        </>
      )}
    </section>
  );
}
