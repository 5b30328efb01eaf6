import type { ToolParams } from '../../../../lib/site/tool-state.ts';
import { embedMarkers, fullToolLink } from '../../shared/ToolShare.tsx';
import type { ToolState } from '../../shared/use-tool-state.ts';

/** Where one of the allowlist tools stands: its state, and its section of the full tool. */
export interface AllowlistWiring<K extends string> {
  tool: ToolState<ToolParams<K>, K>;
  defaults: ToolParams<K>;
  embedded: boolean;
  /** The full tool page, with the base path. */
  toolPath: string;
  /** The section of the full tool ('address', 'allowlist', 'callback-url'). */
  anchor: string;
  /** The root's `data-allowlist-mode`. */
  mode: string;
}

/** The props of a tool's root element: its class, mode, state markers and, in an answer, the embed markers. */
export function allowlistRootProps<K extends string>(wiring: AllowlistWiring<K>, verdict: string) {
  const { tool, defaults, embedded, toolPath, anchor, mode } = wiring;
  return {
    class: `al-tool${embedded ? ' al-tool--embedded' : ''}`,
    'data-allowlist-mode': mode,
    ...tool.rootProps,
    ...embedMarkers(embedded, tool.changed, verdict, fullToolLink(toolPath, tool.params, defaults, anchor).href),
  };
}

/** The props of a tool's ToolShare, but for `what` (the link's name). */
export function allowlistShareProps<K extends string>(wiring: AllowlistWiring<K>) {
  const { tool, defaults, embedded, toolPath, anchor } = wiring;
  return { params: tool.params, defaults, embedded, toolPath, anchor, live: tool.live };
}
