import { useRef } from 'preact/hooks';
import {
  buildSnippet,
  DEFAULT_CALLBACK_PATH,
  isSnippetId,
  type SnippetId,
  sanitizeCallbackPath,
  snippetIds,
} from '../../../lib/allowlist/snippets.ts';
import { CopyButton } from '../shared/CopyButton.tsx';
import { PendingNote } from '../shared/PendingNote.tsx';
import { ToolShare } from '../shared/ToolShare.tsx';
import { flatToolState, useToolState } from '../shared/use-tool-state.ts';

export interface Props {
  /** Prefix of element ids, unique on the page. */
  id?: string;
}

/** The section's URL parameters and their defaults. */
const defaults = { snippet: 'iptables', path: '' };

/**
 * Section 4: firewall and web-server rules generated from the data, in WAI-ARIA tabs (arrow keys,
 * Home and End move between tabs). The chosen tab and the callback path live in the URL.
 */
export default function AllowlistSnippets({ id = 'al-snippet' }: Props) {
  const tool = useToolState(flatToolState(defaults));
  const state = tool.state;
  const update = (patch: Partial<typeof defaults>) => tool.setState((previous) => ({ ...previous, ...patch }));
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const active: SnippetId = isSnippetId(state.snippet) ? state.snippet : 'iptables';
  const path = sanitizeCallbackPath(state.path);
  const snippet = buildSnippet(active, { path: path.ok ? path.value : DEFAULT_CALLBACK_PATH });
  const usesPath = active === 'nginx' || active === 'apache';

  const onKeyDown = (event: KeyboardEvent) => {
    const index = snippetIds.indexOf(active);
    const last = snippetIds.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    update({ snippet: snippetIds[next] ?? 'iptables' });
    tabs.current[next]?.focus();
  };

  return (
    <div class="al-tool" data-allowlist-mode="snippets" {...tool.rootProps}>
      <PendingNote
        live={tool.live}
        withoutJs="The iptables rules below are complete; the other firewalls’ tabs and the path field need it, and /ips.json lists every address."
      />
      <div class="al-tabs" role="tablist" aria-label="Firewall or server" onKeyDown={onKeyDown}>
        {snippetIds.map((sid, i) => (
          <button
            key={sid}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${sid}`}
            class="al-tab"
            aria-selected={sid === active}
            aria-controls={`${id}-panel`}
            tabIndex={sid === active ? 0 : -1}
            onClick={() => update({ snippet: sid })}
          >
            {buildSnippet(sid).label}
          </button>
        ))}
      </div>
      <div
        class="al-tabpanel"
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${active}`}
        data-snippet={active}
      >
        <p class="al-hint">{snippet.usage}</p>
        {usesPath && (
          <div class="al-field">
            <label class="al-label" for={`${id}-path`}>
              Callback path
            </label>
            <input
              id={`${id}-path`}
              class="al-input al-input--short"
              type="text"
              spellcheck={false}
              autocomplete="off"
              placeholder={DEFAULT_CALLBACK_PATH}
              value={state.path}
              aria-invalid={!path.ok}
              aria-describedby={`${id}-path-error`}
              data-state="path"
              onInput={(e) => update({ path: e.currentTarget.value })}
            />
            <p class="al-field__error" id={`${id}-path-error`}>
              {path.ok ? '' : `${path.error} The rules below use ${DEFAULT_CALLBACK_PATH}.`}
            </p>
          </div>
        )}
        <div class="al-bar">
          <CopyButton text={snippet.code} label={`Copy the ${snippet.label} rules`} />
          <ToolShare params={tool.params} defaults={defaults} embedded={false} what="these rules" live={tool.live} />
        </div>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable block must be reachable by keyboard (WCAG 2.1.1). */}
        <pre class="al-snippet" tabIndex={0}>
          <code>{snippet.code}</code>
        </pre>
      </div>
    </div>
  );
}
