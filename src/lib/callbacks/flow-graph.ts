import type { FlowEdge, FlowNode, NodeId } from '../../data/callback-flow.ts';

/** The flow as the functions below need it: nodes and edges, in data order. */
export interface FlowGraph {
  nodes: readonly FlowNode[];
  edges: readonly FlowEdge[];
  root: NodeId;
}

/** The nodes an edge leads to from `id`, in data order. Never throws. */
export function successors(graph: FlowGraph, id: string): NodeId[] {
  return graph.edges.filter((edge) => edge.from === id).map((edge) => edge.to);
}

/** The nodes that lead to `id`, in data order. Never throws. */
export function predecessors(graph: FlowGraph, id: string): NodeId[] {
  return graph.edges.filter((edge) => edge.to === id).map((edge) => edge.from);
}

/** Finds a node by id; undefined for an unknown id. Never throws. */
export function findNode(graph: FlowGraph, id: string): FlowNode | undefined {
  return graph.nodes.find((node) => node.id === id);
}

/** Whether `id` names a node of the graph (narrows untrusted strings, e.g. from the URL). Never throws. */
export function isNodeId(graph: FlowGraph, id: string): id is NodeId {
  return graph.nodes.some((node) => node.id === id);
}

/** Every node reachable from `start` along edges, `start` included, in breadth-first order. Never throws. */
export function reachableFrom(graph: FlowGraph, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const next of successors(graph, current)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** A node that lies on a cycle, or null when the graph is acyclic (the layout needs that). Never throws. */
export function findCycle(graph: FlowGraph): string | null {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string): string | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'open') return id;
    state.set(id, 'open');
    for (const next of successors(graph, id)) {
      const found = visit(next);
      if (found) return found;
    }
    state.set(id, 'done');
    return null;
  };
  for (const node of graph.nodes) {
    const found = visit(node.id);
    if (found) return found;
  }
  return null;
}

/**
 * Checks the flow data: unique ids, edges between existing nodes without duplicates, no cycle,
 * every node reachable from the root, callback facts exactly on callback nodes, one node per grid
 * cell. Returns every problem found (empty: the data is sound). Never throws.
 */
export function validateFlow(graph: FlowGraph): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const node of graph.nodes) {
    if (ids.has(node.id)) problems.push(`flow: node ${node.id} is defined twice`);
    ids.add(node.id);
    if ((node.kind === 'callback') !== (node.callback !== undefined)) {
      problems.push(`flow: ${node.id} must have callback facts if and only if it is a callback`);
    }
  }
  if (!ids.has(graph.root)) problems.push(`flow: the root ${graph.root} is not a node`);
  const edgeKeys = new Set<string>();
  for (const edge of graph.edges) {
    for (const end of [edge.from, edge.to]) {
      if (!ids.has(end)) problems.push(`flow: edge ${edge.from} → ${edge.to} names unknown node ${end}`);
    }
    const key = `${edge.from}>${edge.to}`;
    if (edgeKeys.has(key)) problems.push(`flow: edge ${edge.from} → ${edge.to} is defined twice`);
    if (edge.from === edge.to) problems.push(`flow: edge ${key} loops on itself`);
    edgeKeys.add(key);
  }
  const cycle = findCycle(graph);
  if (cycle) problems.push(`flow: ${cycle} lies on a cycle`);
  const reachable = reachableFrom(graph, graph.root);
  for (const node of graph.nodes) {
    if (!reachable.has(node.id)) problems.push(`flow: ${node.id} cannot be reached from ${graph.root}`);
  }
  const cells = new Map<string, string>();
  for (const node of graph.nodes) {
    const cell = `${node.grid.col},${node.grid.row}`;
    const other = cells.get(cell);
    if (other) problems.push(`flow: ${node.id} and ${other} share the grid cell ${cell}`);
    cells.set(cell, node.id);
  }
  return problems;
}
