import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { flowEdges, flowNodes, type NodeId } from '../../../../data/callback-flow.ts';
import { navigationKeys, neighbourInDirection } from '../../../../lib/callbacks/diagram-navigation.ts';
import { layoutCallbackFlow } from '../../../../lib/callbacks/flow-diagram.ts';
import type { ScenarioPosition } from '../../../../lib/callbacks/scenario.ts';

/** What the build-time SVG should show. */
export interface DiagramState {
  selected: NodeId | null;
  position: ScenarioPosition | null;
  /** Bumped when the user steps, so the current box scrolls into view then (and not on load). */
  stepNonce: number;
}

const boxes = layoutCallbackFlow(flowNodes, flowEdges).nodes;
const isNodeId = (id: string | undefined): id is NodeId => flowNodes.some((n) => n.id === id);

/**
 * Connects the server-rendered SVG inside `root` to the explorer: clicks and Enter/Space select a
 * box, arrow keys move between boxes (one tab stop for the whole diagram), and classes plus
 * aria-current="step" mirror the scenario. The SVG keeps working as plain links without it.
 */
export function useDiagramSync(root: RefObject<HTMLElement>, state: DiagramState, onSelect: (id: NodeId) => void) {
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const nodeOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<SVGElement>('[data-node]') : null;
    const onClick = (event: MouseEvent) => {
      const node = nodeOf(event.target);
      if (!node || !isNodeId(node.dataset.node)) return;
      event.preventDefault();
      select.current(node.dataset.node);
    };
    const onKey = (event: KeyboardEvent) => {
      const node = nodeOf(event.target);
      if (!node || !isNodeId(node.dataset.node)) return;
      if (event.key === ' ') {
        event.preventDefault();
        select.current(node.dataset.node);
        return;
      }
      if (!(navigationKeys as readonly string[]).includes(event.key)) return;
      event.preventDefault();
      const next = neighbourInDirection(boxes, node.dataset.node, event.key);
      if (next) el.querySelector<SVGElement>(`[data-node="${next}"]`)?.focus();
    };
    const onFocus = (event: FocusEvent) => {
      const node = nodeOf(event.target);
      if (!node) return;
      for (const other of el.querySelectorAll<SVGElement>('[data-node]'))
        other.setAttribute('tabindex', other === node ? '0' : '-1');
    };
    el.addEventListener('click', onClick);
    el.addEventListener('keydown', onKey);
    el.addEventListener('focusin', onFocus);
    return () => {
      el.removeEventListener('click', onClick);
      el.removeEventListener('keydown', onKey);
      el.removeEventListener('focusin', onFocus);
    };
  }, [root]);

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const { selected, position } = state;
    const visited = new Set<string>(position?.visited ?? []);
    const onPath = new Set(position?.edges ?? []);
    const active = el.contains(document.activeElement) ? null : (selected ?? position?.current ?? boxes[0]?.id);
    el.querySelector('[data-callback-flow]')?.classList.toggle('has-scenario', position !== null);
    for (const node of el.querySelectorAll<SVGElement>('[data-node]')) {
      const id = node.dataset.node;
      node.classList.toggle('is-selected', id === selected);
      node.classList.toggle('is-visited', visited.has(id ?? ''));
      node.classList.toggle('is-current', id === position?.current);
      if (id === position?.current) node.setAttribute('aria-current', 'step');
      else node.removeAttribute('aria-current');
      if (active) node.setAttribute('tabindex', id === active ? '0' : '-1');
    }
    for (const edge of el.querySelectorAll<SVGElement>('[data-edge]')) {
      const on = onPath.has(edge.dataset.edge ?? '');
      edge.classList.toggle('is-on-path', on);
      edge.setAttribute('marker-end', on ? 'url(#cb-arrow-on)' : 'url(#cb-arrow)');
    }
  }, [root, state.selected, state.position]);

  useEffect(() => {
    if (state.stepNonce === 0 || !state.position) return;
    const node = root.current?.querySelector(`[data-node="${state.position.current}"]`);
    const behavior = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    const frame = node?.closest<HTMLElement>('.cb-scroll');
    if (!node || !frame) return;
    // Sideways: bring the box into the frame (phones scroll the diagram, not the page).
    const box = node.getBoundingClientRect();
    const view = frame.getBoundingClientRect();
    if (box.left < view.left || box.right > view.right) {
      frame.scrollBy({ left: box.left + box.width / 2 - (view.left + view.width / 2), behavior });
    }
    // Up and down only where the stepper stays in view beside the diagram (wide screens).
    if (window.matchMedia('(min-width: 72rem)').matches) node.scrollIntoView({ block: 'nearest', behavior });
  }, [root, state.stepNonce]);
}
