import { useMemo } from 'preact/hooks';
import {
  buildChangeLines,
  changesForAllowlist,
  changesSinceVersion,
  olderVersions,
  PASTE,
  summarizeChanges,
} from '../../../lib/allowlist/allowlist-changes.ts';
import { buildSnippet, isSnippetId, type SnippetId, snippetIds } from '../../../lib/allowlist/snippets.ts';
import { CopyButton } from '../shared/CopyButton.tsx';
import { PendingNote } from '../shared/PendingNote.tsx';
import { ToolShare } from '../shared/ToolShare.tsx';
import { flatToolState, useToolState } from '../shared/use-tool-state.ts';

export interface Props {
  /** Prefix of element ids, unique on the page. */
  id?: string;
}

const defaultFrom = olderVersions[0]?.date ?? PASTE;
/** The section's URL parameters and their defaults. */
const defaults = { from: defaultFrom, rules: 'iptables', mine: '' };

/**
 * "What changed": pick the version an allowlist was made from (or paste the allowlist) and a rule
 * syntax, and get exactly the lines to add and to remove. State: `from`, `rules`, `mine` in the URL.
 */
export default function AllowlistChanges({ id = 'al-changes' }: Props) {
  const tool = useToolState(flatToolState(defaults));
  const state = tool.state;
  const update = (patch: Partial<typeof defaults>) => tool.setState((previous) => ({ ...previous, ...patch }));
  const mine = state.mine;

  const pasting = state.from === PASTE;
  const rules: SnippetId = isSnippetId(state.rules) ? state.rules : 'iptables';
  const result = useMemo(
    () => (pasting ? changesForAllowlist(mine) : changesSinceVersion(state.from)),
    [pasting, mine, state.from],
  );
  const lines = result.ok ? buildChangeLines(rules, result.value) : null;
  const label = buildSnippet(rules).label;
  const known = pasting || olderVersions.some((v) => v.date === state.from);

  const onMine = (value: string) => update({ mine: value });

  return (
    <div class="al-tool" data-allowlist-mode="changes" {...tool.rootProps}>
      <div class="al-changes__fields">
        <div class="al-field">
          <label class="al-label" for={`${id}-from`}>
            My allowlist was made from
          </label>
          <select
            id={`${id}-from`}
            class="al-input al-input--short"
            data-state="from"
            value={known ? state.from : ''}
            onChange={(e) => update({ from: e.currentTarget.value })}
          >
            {!known && <option value="">Choose a version</option>}
            {olderVersions.map((v) => (
              <option key={v.date} value={v.date}>
                the list of {v.date}
              </option>
            ))}
            <option value={PASTE}>my allowlist as it is today (paste it)</option>
          </select>
        </div>
        <div class="al-field">
          <label class="al-label" for={`${id}-rules`}>
            Rules for
          </label>
          <select
            id={`${id}-rules`}
            class="al-input al-input--short"
            data-state="rules"
            value={rules}
            onChange={(e) => update({ rules: e.currentTarget.value })}
          >
            {snippetIds.map((sid) => (
              <option key={sid} value={sid}>
                {buildSnippet(sid).label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {pasting && (
        <div class="al-field">
          <label class="al-label" for={`${id}-mine`}>
            Your current allowlist
          </label>
          <textarea
            id={`${id}-mine`}
            class="al-textarea"
            rows={6}
            spellcheck={false}
            autocomplete="off"
            aria-describedby={`${id}-summary`}
            data-state="mine"
            value={mine}
            onInput={(e) => onMine(e.currentTarget.value)}
          />
        </div>
      )}
      <PendingNote live={tool.live} withoutJs="The table of versions above still shows what each list added." />
      <div class="al-bar">
        <p
          class="al-summary"
          id={`${id}-summary`}
          role="status"
          aria-live="polite"
          data-changes-status={result.ok ? 'ok' : 'error'}
          data-tool-output
        >
          {result.ok ? summarizeChanges(result.value) : result.error}
        </p>
        <ToolShare params={tool.params} defaults={defaults} embedded={false} what="these changes" live={tool.live} />
      </div>
      {lines && (
        <div data-tool-output>
          <p class="al-hint">{lines.usage}</p>
          <ChangeBlock
            id={`${id}-add`}
            title="Lines to add"
            empty="Nothing to add."
            code={lines.add}
            copy={`Copy the ${label} lines to add`}
          />
          <ChangeBlock
            id={`${id}-remove`}
            title="Lines to remove"
            empty={
              pasting
                ? 'Nothing to remove: none of your entries is an address the lists used to hold and no longer do.'
                : 'Nothing to remove: every address of that version is still listed.'
            }
            code={lines.remove}
            copy={`Copy the ${label} lines to remove`}
          />
        </div>
      )}
    </div>
  );
}

interface BlockProps {
  id: string;
  title: string;
  empty: string;
  code: string;
  copy: string;
}

/** One labelled block of lines with its copy button, or a sentence when there is nothing to do. */
function ChangeBlock({ id, title, empty, code, copy }: BlockProps) {
  return (
    <section class="al-changes__block" aria-labelledby={id} data-changes={id.endsWith('add') ? 'add' : 'remove'}>
      <h3 id={id}>{title}</h3>
      {code === '' ? (
        <p>{empty}</p>
      ) : (
        <>
          <CopyButton text={code} label="Copy" ariaLabel={copy} />
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable block must be reachable by keyboard (WCAG 2.1.1). */}
          <pre class="al-snippet" tabIndex={0}>
            <code>{code}</code>
          </pre>
        </>
      )}
    </section>
  );
}
