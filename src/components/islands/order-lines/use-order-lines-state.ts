import { useMemo } from 'preact/hooks';
import {
  adoptTypedFields,
  defaultParams,
  type EditorAction,
  type EditorState,
  editorReducer,
  exampleState,
  initialState,
} from '../../../lib/order-lines/editor-state.ts';
import { encodeState, type UrlParam } from '../../../lib/order-lines/url-codec.ts';
import { type ToolState, type ToolStateSpec, useToolState } from '../shared/use-tool-state.ts';

/** The full tool's URL parameter defaults (also the defaults of links from an embed). */
export const orderLinesDefaults = defaultParams();

/**
 * The order-line tool's state through the shared state contract. The full tool reads and writes
 * the URL; an embedded copy starts from an example and never touches the URL (the FAQ page holds
 * other tools). Returns the shared hook's result and a dispatch for the editor's actions.
 */
export function useOrderLinesState(
  embedded: boolean,
  example: string | undefined,
): [ToolState<EditorState, UrlParam>, (action: EditorAction) => void] {
  const spec = useMemo<ToolStateSpec<EditorState, UrlParam>>(
    () => ({
      initial: example ? exampleState(example) : initialState(),
      defaults: orderLinesDefaults,
      embedded,
      toParams: encodeState,
      fromParams: (params, initial) => editorReducer(initial, { type: 'load', params }),
      adopt: adoptTypedFields,
    }),
    [embedded, example],
  );
  const tool = useToolState(spec);
  return [tool, (action) => tool.setState((previous) => editorReducer(previous, action))];
}
