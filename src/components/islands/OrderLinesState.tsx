import { useEffect, useReducer, useState } from 'preact/hooks';
import {
  defaultParams,
  type EditorAction,
  type EditorState,
  editorReducer,
  exampleState,
  initialState,
} from '../../lib/order-lines/editor-state.ts';
import { encodeState, type UrlParam } from '../../lib/order-lines/url-codec.ts';
import { useUrlState } from './shared/use-url-state.ts';

const DEFAULTS = defaultParams();

/**
 * The tool's state. The full tool reads it from the URL once and writes it back on every change;
 * an embedded copy starts from an example and never touches the URL (the FAQ page holds other tools).
 */
export function useOrderLinesState(
  embedded: boolean,
  example: string | undefined,
): [EditorState, (action: EditorAction) => void] {
  const [state, dispatch] = useReducer(editorReducer, undefined, () =>
    example ? exampleState(example) : initialState(),
  );
  const [params, setParams, loaded] = useUrlState<UrlParam>(DEFAULTS, { enabled: !embedded });
  const [hydrated, setHydrated] = useState(false);

  useEffect(() => {
    if (embedded || !loaded || hydrated) return;
    dispatch({ type: 'load', params });
    setHydrated(true);
  }, [embedded, loaded, hydrated, params]);

  useEffect(() => {
    if (hydrated) setParams(encodeState(state));
    // setParams is a new function each render; the state is what matters.
  }, [state, hydrated]);

  return [state, dispatch];
}

/** The query string of a state with default values left out (for "Open in the full tool"). Never throws. */
export function stateQuery(state: EditorState): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(encodeState(state)) as [UrlParam, string][]) {
    if (value !== '' && value !== DEFAULTS[key]) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
