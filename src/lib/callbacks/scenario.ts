import type { FlowEdge, NodeId, Scenario } from '../../data/callback-flow.ts';
import { type FlowGraph, findNode } from './flow-graph.ts';

/** Where a scenario stands after some of its steps. */
export interface ScenarioPosition {
  /** 1-based number of the current step. */
  step: number;
  /** The scenario's step count. */
  total: number;
  current: NodeId;
  /** The text of the current step. */
  text: string;
  /** Nodes reached so far, current included, in order. */
  visited: NodeId[];
  /** Edges taken so far, as "FROM>TO" keys (the keys the diagram's `data-edge` carries). */
  edges: string[];
  /** Callback events received so far, in order, with the step that brought each one. */
  received: { event: NodeId; step: number }[];
}

/** The key of an edge as the diagram writes it in `data-edge`. Never throws. */
export function edgeKey(edge: Pick<FlowEdge, 'from' | 'to'>): string {
  return `${edge.from}>${edge.to}`;
}

/** The edge a step is reached by: from `via`, or from the previous step. Never throws. */
export function stepSource(scenario: Scenario, index: number): NodeId | undefined {
  const step = scenario.steps[index];
  if (!step || index === 0) return undefined;
  return step.via ?? scenario.steps[index - 1]?.node;
}

/**
 * Checks that a scenario is a valid path through the flow: it has steps, every node exists, and
 * each step after the first follows an edge from its `via` node (default: the previous step),
 * which must be an earlier step. Returns the problems found (empty: valid). Never throws.
 */
export function validateScenario(graph: FlowGraph, scenario: Scenario): string[] {
  const problems: string[] = [];
  if (scenario.steps.length === 0) problems.push(`scenario ${scenario.id}: has no steps`);
  scenario.steps.forEach((step, index) => {
    if (!findNode(graph, step.node))
      problems.push(`scenario ${scenario.id}: step ${index + 1} names unknown node ${step.node}`);
    const from = stepSource(scenario, index);
    if (from === undefined) return;
    const earlier = scenario.steps.slice(0, index).some((s) => s.node === from);
    if (!earlier)
      problems.push(`scenario ${scenario.id}: step ${index + 1} comes via ${from}, which is not an earlier step`);
    if (!graph.edges.some((edge) => edge.from === from && edge.to === step.node)) {
      problems.push(
        `scenario ${scenario.id}: step ${index + 1} needs an edge ${from} → ${step.node}, which the flow lacks`,
      );
    }
  });
  return problems;
}

/**
 * The state of a scenario at a 1-based step; a step outside 1..total is clamped into it.
 * Assumes a scenario that passed validateScenario. Never throws.
 */
export function scenarioAt(graph: FlowGraph, scenario: Scenario, step: number): ScenarioPosition {
  const total = scenario.steps.length;
  const clamped = Math.min(Math.max(Number.isFinite(step) ? Math.trunc(step) : 1, 1), total);
  const taken = scenario.steps.slice(0, clamped);
  const edges: string[] = [];
  const received: ScenarioPosition['received'] = [];
  taken.forEach((s, index) => {
    const from = stepSource(scenario, index);
    if (from) edges.push(edgeKey({ from, to: s.node }));
    if (findNode(graph, s.node)?.kind === 'callback') received.push({ event: s.node, step: index + 1 });
  });
  const last = taken[taken.length - 1]!;
  return {
    step: clamped,
    total,
    current: last.node,
    text: last.text,
    visited: taken.map((s) => s.node),
    edges,
    received,
  };
}
