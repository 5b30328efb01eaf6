import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  type FlowEdge,
  type FlowNode,
  flowEdges,
  flowNodes,
  flowRoot,
  type NodeId,
  nodeIds,
  type Scenario,
  scenarios,
} from '../../src/data/callback-flow.ts';
import { neighbourInDirection } from '../../src/lib/callbacks/diagram-navigation.ts';
import { layoutCallbackFlow } from '../../src/lib/callbacks/flow-diagram.ts';
import { reachableFrom, validateFlow } from '../../src/lib/callbacks/flow-graph.ts';
import { layoutFlow } from '../../src/lib/callbacks/flow-layout.ts';
import { findLayoutProblems } from '../../src/lib/callbacks/layout-checks.ts';
import { scenarioAt, validateScenario } from '../../src/lib/callbacks/scenario.ts';
import { resolveFlowParams } from '../../src/lib/callbacks/url-state.ts';

const graph = { nodes: flowNodes, edges: flowEdges, root: flowRoot };
const node = (id: NodeId) => flowNodes.find((n) => n.id === id)!;
const callbackIds = flowNodes.filter((n) => n.kind === 'callback').map((n) => n.id);

describe('the flow data', () => {
  test('passes every structural check', () => {
    expect(validateFlow(graph)).toEqual([]);
  });

  test('defines exactly the listed node ids, once each', () => {
    expect(flowNodes.map((n) => n.id).sort()).toEqual([...nodeIds].sort());
  });

  // The list of callbacks: every one must be in the diagram.
  test('holds every callback event of the documentation', () => {
    expect(callbackIds.sort()).toEqual(
      ['ANNULMENT', 'AUTOMATIC_FRAUD_CONTROL', 'BOOKED', 'FINALIZATION', 'TEST', 'UNFREEZE', 'UPDATE'].sort(),
    );
  });

  test.each(nodeIds.map((id) => [id]))('reaches %s from registration', (id) => {
    expect(reachableFrom(graph, flowRoot).has(id)).toBe(true);
  });

  // bookPayment's five answers, per the simplified-flow docs.
  test.each(['FINALIZED', 'BOOKED_STATUS', 'FROZEN', 'SIGNING', 'DENIED'] as const)(
    'lets bookPayment answer %s',
    (to) => {
      expect(flowEdges).toContainEqual(expect.objectContaining({ from: 'BOOK_PAYMENT', to }));
    },
  );

  test.each([
    // [event, method as documented, parameters]
    ['BOOKED', /POST.*GET/, ['paymentId']],
    ['AUTOMATIC_FRAUD_CONTROL', /^GET$/, ['paymentId', 'result']],
    ['UNFREEZE', /^GET$/, ['paymentId']],
    ['ANNULMENT', /^GET$/, ['paymentId']],
    ['FINALIZATION', /^GET$/, ['paymentId']],
    ['UPDATE', /^POST$/, ['paymentId']],
    ['TEST', /^GET$/, ['param1', 'param2', 'param3', 'param4', 'param5']],
  ] as const)('gives %s the documented method and parameters', (id, method, params) => {
    const callback = node(id).callback!;
    expect(callback.method).toMatch(method);
    expect(callback.params.map((p) => p.name)).toEqual(params);
  });

  test.each([
    // The FAQ: UPDATE covers these two …
    ['ANNULMENT', 'may-skip'],
    ['FINALIZATION', 'may-skip'],
    // … but not creation, nor a release that is not a status update.
    ['BOOKED', 'must-keep'],
    ['UNFREEZE', 'must-keep'],
  ] as const)('marks %s as %s for a shop that relies on UPDATE', (id, verdict) => {
    expect(node(id).callback?.ifRelyingOnUpdate?.verdict).toBe(verdict);
  });

  test('lets Swish skip bookSignedPayment: the provider step never leads to it', () => {
    expect(flowEdges.filter((e) => e.from === 'PROVIDER_COMPLETES').map((e) => e.to)).not.toContain(
      'BOOK_SIGNED_PAYMENT',
    );
  });

  test('links only to FAQ answers that exist', () => {
    const anchors = new Set(
      readdirSync('content/faq').map(
        (file) => /^anchor:\s*(\S+)/m.exec(readFileSync(`content/faq/${file}`, 'utf8'))?.[1],
      ),
    );
    const linked = [...flowNodes.flatMap((n) => n.faq), ...scenarios.flatMap((s) => s.faq)].map((l) => l.anchor);
    expect(linked.filter((a) => !anchors.has(a))).toEqual([]);
  });
});

describe('validateFlow', () => {
  const base = flowNodes.slice(0, 3);
  const edges: FlowEdge[] = [
    { from: 'REGISTER_CALLBACKS', to: 'TRIGGER_TEST_EVENT', label: '' },
    { from: 'REGISTER_CALLBACKS', to: 'SHOP_ORDER_CREATED', label: '' },
  ];
  test.each([
    // A cycle would make the layout and "reachable" meaningless.
    [
      'a cycle',
      base,
      [...edges, { from: 'SHOP_ORDER_CREATED', to: 'REGISTER_CALLBACKS', label: '' }],
      /lies on a cycle/,
    ],
    // A node no edge leads to.
    ['an unreachable node', base, edges.slice(0, 1), /SHOP_ORDER_CREATED cannot be reached/],
    [
      'an edge to a missing node',
      base,
      [...edges, { from: 'REGISTER_CALLBACKS', to: 'TEST', label: '' }],
      /unknown node TEST/,
    ],
    ['a duplicate edge', base, [...edges, edges[0]!], /defined twice/],
    [
      'two nodes in one grid cell',
      [...base.slice(0, 2), { ...base[2]!, grid: base[1]!.grid }],
      edges,
      /share the grid cell/,
    ],
    [
      'a callback without its facts',
      [...base.slice(0, 2), { ...base[2]!, kind: 'callback' as const }],
      edges,
      /callback facts/,
    ],
  ] as [string, FlowNode[], FlowEdge[], RegExp][])('reports %s', (_name, nodes, e, pattern) => {
    expect(validateFlow({ nodes, edges: e, root: 'REGISTER_CALLBACKS' }).join('\n')).toMatch(pattern);
  });
});

describe('scenarios', () => {
  test.each(scenarios.map((s) => [s.id, s]))('%s is a valid path through the flow', (_id, scenario) => {
    expect(validateScenario(graph, scenario)).toEqual([]);
  });

  // The six stories the issue asks for, by the nodes that make each one what it is.
  test.each([
    ['card', ['BOOK_PAYMENT', 'BOOKED_STATUS', 'BOOKED']],
    ['invoice-signing', ['SIGNING', 'SIGNING_REDIRECT', 'CUSTOMER_SIGNS', 'BOOK_SIGNED_PAYMENT', 'BOOKED']],
    ['swish', ['SIGNING', 'PROVIDER_COMPLETES', 'FINALIZATION']],
    ['frozen-unfrozen', ['FROZEN', 'MANUAL_REVIEW', 'UNFREEZE']],
    ['frozen-annulled', ['FROZEN', 'PAYMENT_ANNULLED', 'ANNULMENT']],
    [
      'mismatching-orders',
      ['SHOP_ORDER_CREATED', 'SHOP_CANCELS_ORDER', 'CUSTOMER_SIGNS', 'BOOKED', 'SHOP_REVIVES_ORDER'],
    ],
  ])('%s passes, in order, through %j', (id, expected) => {
    const path = scenarios.find((s) => s.id === id)!.steps.map((s) => s.node);
    const positions = expected.map((n) => path.indexOf(n as NodeId));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  test('Swish never calls bookSignedPayment', () => {
    expect(scenarios.find((s) => s.id === 'swish')!.steps.map((s) => s.node)).not.toContain('BOOK_SIGNED_PAYMENT');
  });

  const broken = (steps: Scenario['steps']): Scenario => ({ id: 'x', title: 'x', summary: '', faq: [], steps });
  test.each([
    ['no steps', broken([]), /has no steps/],
    [
      'a jump without an edge',
      broken([
        { node: 'BOOK_PAYMENT', text: '' },
        { node: 'UNFREEZE', text: '' },
      ]),
      /needs an edge BOOK_PAYMENT → UNFREEZE/,
    ],
    [
      'a via that is not an earlier step',
      broken([
        { node: 'BOOK_PAYMENT', text: '' },
        { node: 'BOOKED', via: 'FROZEN', text: '' },
      ]),
      /via FROZEN, which is not an earlier step/,
    ],
    ['an unknown node', broken([{ node: 'NOPE' as NodeId, text: '' }]), /unknown node NOPE/],
  ])('rejects %s', (_name, scenario, pattern) => {
    expect(validateScenario(graph, scenario).join('\n')).toMatch(pattern);
  });

  test('grows the list of received callbacks step by step, in order', () => {
    const swish = scenarios.find((s) => s.id === 'swish')!;
    const lists = swish.steps.map((_, i) => scenarioAt(graph, swish, i + 1).received.map((r) => r.event));
    expect(lists).toEqual([
      [],
      [],
      [],
      [],
      ['BOOKED'],
      ['BOOKED', 'FINALIZATION'],
      ['BOOKED', 'FINALIZATION', 'UPDATE'],
    ]);
  });

  test('lights the edges taken, including a step reached from an earlier one', () => {
    const frozen = scenarios.find((s) => s.id === 'frozen-unfrozen')!;
    expect(scenarioAt(graph, frozen, 5).edges).toEqual([
      'BOOK_PAYMENT>FROZEN',
      'FROZEN>BOOKED',
      'BOOK_PAYMENT>AUTOMATIC_FRAUD_CONTROL',
      'FROZEN>MANUAL_REVIEW',
    ]);
  });

  test.each([
    // [asked for, shown]
    [0, 1],
    [-4, 1],
    [99, 3],
    [Number.NaN, 1],
    [2.7, 2],
  ])('clamps step %s to %s', (asked, shown) => {
    const testEvent = scenarios.find((s) => s.id === 'test-event')!;
    expect(scenarioAt(graph, testEvent, asked).step).toBe(shown);
  });
});

describe('the diagram layout', () => {
  const layout = layoutCallbackFlow(flowNodes, flowEdges);

  test('has no overlapping boxes, no edge through a box and no ambiguous shared line', () => {
    expect(findLayoutProblems(layout)).toEqual([]);
  });

  test('places every node and routes every edge', () => {
    expect(layout.nodes.map((n) => n.id)).toEqual(flowNodes.map((n) => n.id));
    expect(layout.edges).toHaveLength(flowEdges.length);
  });

  test.each([
    // Up within a column cannot be routed.
    [
      [
        { id: 'a', col: 0, row: 1, textWidth: 10 },
        { id: 'b', col: 0, row: 0, textWidth: 10 },
      ],
      [{ from: 'a', to: 'b' }],
      /points up/,
    ],
    // A straight line across a box in between.
    [
      [
        { id: 'a', col: 0, row: 0, textWidth: 10 },
        { id: 'b', col: 1, row: 0, textWidth: 10 },
        { id: 'c', col: 2, row: 0, textWidth: 10 },
      ],
      [{ from: 'a', to: 'c' }],
      /a → c runs through b/,
    ],
    // Straight down through a box in between.
    [
      [
        { id: 'a', col: 0, row: 0, textWidth: 10 },
        { id: 'b', col: 0, row: 1, textWidth: 10 },
        { id: 'c', col: 0, row: 2, textWidth: 10 },
      ],
      [{ from: 'a', to: 'c' }],
      /a → c runs through b/,
    ],
  ])('reports a bad layout (%#)', (nodes, edges, pattern) => {
    expect(findLayoutProblems(layoutFlow(nodes, edges)).join('\n')).toMatch(pattern);
  });

  test.each([
    // [from, key, to]
    ['BOOK_PAYMENT', 'ArrowDown', 'BOOK_SIGNED_PAYMENT'],
    ['BOOK_PAYMENT', 'ArrowUp', 'SHOP_ORDER_CREATED'],
    ['BOOK_PAYMENT', 'ArrowRight', 'FINALIZED'],
    ['REGISTER_CALLBACKS', 'ArrowRight', 'TRIGGER_TEST_EVENT'],
    ['UPDATE', 'ArrowLeft', 'SHOP_FINALIZES'],
    ['TEST', 'ArrowUp', null],
    ['BOOKED', 'Home', 'REGISTER_CALLBACKS'],
    ['BOOKED', 'End', 'TEST'],
    ['NOPE', 'ArrowDown', null],
    ['BOOKED', 'x', null],
  ])('moves from %s with %s to %s', (from, key, to) => {
    expect(neighbourInDirection(layout.nodes, from, key)).toBe(to);
  });
});

describe('resolveFlowParams', () => {
  const resolve = (node: string, scenario: string, step: string) =>
    resolveFlowParams({ node, scenario, step }, graph, scenarios);

  test('selects a node named in the link', () => {
    expect(resolve('BOOKED', '', '')).toMatchObject({ selected: 'BOOKED', messages: [] });
  });

  test('follows the scenario step when no node is named', () => {
    expect(resolve('', 'swish', '4')).toMatchObject({ selected: 'PROVIDER_COMPLETES', messages: [] });
  });

  test.each([
    // [node, scenario, step, message]
    ['FOO', '', '', /step “FOO”, which isn’t in the diagram/],
    ['<script>alert(1)</script>', '', '', /“<script>alert\(1\)<\/script>”/],
    ['', 'nope', '', /scenario “nope”, which doesn’t exist/],
    ['', 'swish', 'abc', /“abc” isn’t a whole number; showing step 1/],
    ['', 'swish', '99', /Step 99 is past the end: “Swish” has 7 steps/],
    ['', 'swish', '0', /There is no step 0/],
    ['', '', '3', /a step but no scenario/],
    ['\u0000\u001b'.repeat(3) + 'x'.repeat(100), '', '', /“x{40}…”/],
  ])('explains a bad link (node %j, scenario %j, step %j)', (n, s, st, pattern) => {
    const view = resolve(n, s, st);
    expect(view.messages.join('\n')).toMatch(pattern);
  });

  test('keeps a usable view when everything in the link is wrong', () => {
    const view = resolve('FOO', 'nope', '-1');
    expect(view).toMatchObject({ selected: null, scenario: null, position: null });
    expect(view.messages).toHaveLength(2);
  });
});
