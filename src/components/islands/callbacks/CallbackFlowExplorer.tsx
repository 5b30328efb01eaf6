import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { flowEdges, flowNodes, flowRoot, type NodeId, scenarios } from '../../../data/callback-flow.ts';
import { findNode } from '../../../lib/callbacks/flow-graph.ts';
import { resolveFlowParams } from '../../../lib/callbacks/url-state.ts';
import { announce } from '../../../scripts/announce.ts';
import { PendingNote } from '../shared/PendingNote.tsx';
import { ToolShare } from '../shared/ToolShare.tsx';
import { flatToolState, type ToolStateSpec, useToolState } from '../shared/use-tool-state.ts';
import { useDiagramSync } from './parts/CallbackDiagramSync.tsx';
import { CallbackNodePanel } from './parts/CallbackNodePanel.tsx';
import { CallbackScenarioStepper } from './parts/CallbackScenarioStepper.tsx';

export interface Props {
  /** The site's base path (import.meta.env.BASE_URL), for links to the FAQ. */
  base: string;
  /** The build-time SVG (CallbackFlowSvg part="diagram"). */
  children?: ComponentChildren;
}

const graph = { nodes: flowNodes, edges: flowEdges, root: flowRoot };

/** The explorer's URL parameters and their defaults. */
const defaults = { node: '', scenario: '', step: '' };
const flat = flatToolState(defaults);
/** A scenario picked before hydration starts at its first step, as a click does. */
const spec: ToolStateSpec<typeof defaults, keyof typeof defaults> = {
  ...flat,
  adopt: (state, typed) => {
    const scenario = typed.get('scenario');
    return scenario === undefined ? state : { scenario, step: '1', node: '' };
  },
};

/** The interactive callback flow: select boxes, step through scenarios; state lives in the URL. */
export default function CallbackFlowExplorer({ base, children }: Props) {
  const tool = useToolState(spec);
  const params = tool.state;
  const update = (patch: Partial<typeof defaults>) => tool.setState((previous) => ({ ...previous, ...patch }));
  const [stepNonce, setStepNonce] = useState(0);
  const diagram = useRef<HTMLDivElement>(null);
  const view = resolveFlowParams(params, graph, scenarios);
  const selectedNode = view.selected ? (findNode(graph, view.selected) ?? null) : null;

  const select = (id: NodeId) => {
    update({ node: id });
    announce(`Details: ${findNode(graph, id)?.title ?? id}`);
    const panel = document.querySelector('[data-details-panel]');
    if (panel && panel.getBoundingClientRect().top > window.innerHeight) {
      panel.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  };
  const step = (n: number) => {
    update({ step: String(n), node: '' });
    setStepNonce((k) => k + 1);
  };
  useDiagramSync(diagram, { selected: view.selected, position: view.position, stepNonce }, select);

  return (
    <div class="cb-explorer" data-callbacks-tool="flow" {...tool.rootProps}>
      <div class="cb-explorer__diagram" ref={diagram}>
        {children}
      </div>
      <div class="cb-explorer__side">
        <div class="cb-explorer__controls">
          <PendingNote
            live={tool.live}
            withoutJs="The diagram and the numbered list of its steps below still read without it; selecting boxes and stepping through scenarios need it."
          />
          {view.messages.length > 0 && (
            <div class="cb-messages" role="status">
              {view.messages.map((message) => (
                <p key={message}>{message}</p>
              ))}
            </div>
          )}
          <CallbackScenarioStepper
            scenarios={scenarios}
            scenario={view.scenario}
            position={view.position}
            onChoose={(id) => {
              update({ scenario: id, step: '1', node: '' });
              setStepNonce((k) => k + 1);
            }}
            onStep={step}
            onStop={() => update({ scenario: '', step: '', node: '' })}
          />
          <div class="cb-toolbar">
            <ToolShare params={tool.params} defaults={defaults} embedded={false} what="this view" live={tool.live} />
          </div>
        </div>
        <div class="cb-explorer__details">
          <CallbackNodePanel node={selectedNode} base={base} onSelect={select} />
        </div>
      </div>
    </div>
  );
}
