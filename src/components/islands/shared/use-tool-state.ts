import type { Ref } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { readParams, type ToolParams, writeParams } from '../../../lib/site/tool-state.ts';
import { readTypedFields } from '../../../scripts/typed-fields.ts';

/** How a tool's state relates to its URL parameters and its fields. */
export interface ToolStateSpec<S, K extends string> {
  /** The state the server rendered (the tool's defaults, or an embed's example). */
  initial: S;
  /** The defaults of the URL parameters the tool owns; equal values are left out of links. */
  defaults: ToolParams<K>;
  /** The URL parameters of a state. */
  toParams: (state: S) => ToolParams<K>;
  /** The state for the parameters a URL carries (absent ones are absent), over `initial`. */
  fromParams: (params: Partial<ToolParams<K>>, initial: S) => S;
  /**
   * The state with what the person typed before the scripts arrived: `typed` maps each field's
   * `data-state` name to its value ('1' or '' for a checkbox, the chosen value for a radio group or
   * select) for the fields whose value differs from what the server rendered.
   */
  adopt: (state: S, typed: ReadonlyMap<string, string>) => S;
  /** An embed inside an FAQ answer: the page URL is neither read nor written. */
  embedded?: boolean;
}

/** What {@link useToolState} gives a tool. */
export interface ToolState<S, K extends string> {
  state: S;
  setState: (next: S | ((previous: S) => S)) => void;
  /** The URL parameters of the state. */
  params: ToolParams<K>;
  /** Whether the state differs from the server-rendered one (the person changed the tool). */
  changed: boolean;
  /** Whether the tool has hydrated and adopted the page: its verdict belongs to its fields. */
  live: boolean;
  /** What was typed before hydration (see `adopt`), for parts that keep local state. */
  typed: ReadonlyMap<string, string>;
  /** Spread on the tool's root element: the ref fields are adopted from, and its markers. */
  rootProps: {
    ref: Ref<HTMLDivElement>;
    'data-tool': string;
    'data-hydrated'?: string;
  };
}

/** `history.state` key under which values too long for the address bar survive a reload. */
const overflowKey = 'toolStateOverflow';

function overflowFromHistory(): Record<string, string> {
  const stored: unknown = (history.state as Record<string, unknown> | null)?.[overflowKey];
  if (!stored || typeof stored !== 'object') return {};
  const valid: Record<string, string> = {};
  for (const [key, value] of Object.entries(stored)) if (typeof value === 'string') valid[key] = value;
  return valid;
}

/**
 * The one state hook of every tool and FAQ embed. On hydration it takes, in this order of
 * precedence (highest first):
 *   1. what the person typed or picked in the server-rendered fields before the scripts arrived
 *      (fields marked `data-state`, see {@link readTypedFields}; the tool's `adopt` applies them);
 *   2. the URL's parameters (not for embeds), and values that were too long for the address bar,
 *      restored from the history entry after a reload;
 *   3. the server-rendered state (`initial`).
 * From then on it writes the state's parameters to the URL with `history.replaceState` (no history
 * entry per keystroke), under the one link-length policy of `lib/site/tool-state.ts`.
 * Until it has adopted the page, `live` is false and the root carries no `data-hydrated`.
 */
export function useToolState<S, K extends string>(spec: ToolStateSpec<S, K>): ToolState<S, K> {
  const root = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<S>(spec.initial);
  const [live, setLive] = useState(false);
  const [typed, setTyped] = useState<ReadonlyMap<string, string>>(new Map());
  const keys = Object.keys(spec.defaults) as K[];

  useLayoutEffect(() => {
    const fromFields = root.current ? readTypedFields(root.current) : new Map<string, string>();
    let next = spec.initial;
    if (!spec.embedded) {
      const present = readParams(window.location.search, keys);
      const overflow = overflowFromHistory();
      for (const key of keys)
        if (present[key] === undefined && overflow[key] !== undefined) present[key] = overflow[key];
      if (Object.keys(present).length > 0) next = spec.fromParams(present, next);
    }
    if (fromFields.size > 0) next = spec.adopt(next, fromFields);
    setState(next);
    setTyped(fromFields);
    setLive(true);
  }, []);

  const params = useMemo(() => spec.toParams(state), [state]);

  useEffect(() => {
    if (!live || spec.embedded) return;
    const values = spec.toParams(state);
    const link = writeParams(window.location.href, values, spec.defaults);
    const previous = (history.state as Record<string, unknown> | null) ?? {};
    const overflow = { ...overflowFromHistory() };
    for (const key of keys) delete overflow[key];
    for (const key of link.omitted) overflow[key] = values[key];
    const overflowChanged = JSON.stringify(overflow) !== JSON.stringify(overflowFromHistory());
    if (link.href !== window.location.href || overflowChanged) {
      history.replaceState({ ...previous, [overflowKey]: overflow }, '', link.href);
    }
  }, [state, live]);

  const initialParams = useMemo(() => spec.toParams(spec.initial), [spec.initial]);
  const changed = keys.some((key) => params[key] !== initialParams[key]);
  return {
    state,
    setState,
    params,
    changed,
    live,
    typed,
    rootProps: { ref: root, 'data-tool': '', ...(live ? { 'data-hydrated': '' } : {}) },
  };
}

/** A spec for a tool whose state is its flat record of URL parameters. */
export function flatToolState<K extends string>(
  defaults: ToolParams<K>,
  embedded = false,
  initial: ToolParams<K> = defaults,
): ToolStateSpec<ToolParams<K>, K> {
  const keys = Object.keys(defaults) as K[];
  return {
    initial,
    defaults,
    embedded,
    toParams: (state) => state,
    fromParams: (params, base) => ({ ...base, ...params }),
    adopt: (state, typed) => {
      const next = { ...state };
      for (const key of keys) {
        const value = typed.get(key);
        if (value !== undefined) next[key] = value;
      }
      return next;
    },
  };
}
