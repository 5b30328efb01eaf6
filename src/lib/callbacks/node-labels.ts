import type { FlowNode, UpdateReliance } from '../../data/callback-flow.ts';

const relianceShort: Record<UpdateReliance, string> = {
  'may-skip': 'skippable with UPDATE',
  'must-keep': 'must keep',
  'not-covered': '',
};

/** The second line of a node in the diagram: the caption, plus the UPDATE verdict for callbacks. Never throws. */
export function diagramCaption(node: FlowNode): string {
  const verdict = node.callback?.ifRelyingOnUpdate?.verdict;
  const suffix = verdict ? relianceShort[verdict] : '';
  return suffix ? `${node.caption} · ${suffix}` : node.caption;
}

/** Whether the node's title is an identifier (API call, status, event) and is set in monospace. Never throws. */
export function isCodeTitle(node: FlowNode): boolean {
  return node.kind !== 'step' && !node.title.includes(' ');
}

/** A sentence naming what kind of node this is, for the text alternative and screen readers. Never throws. */
export function describeKind(node: FlowNode): string {
  switch (node.kind) {
    case 'call':
      return 'Your shop acts';
    case 'status':
      return 'An answer of bookPayment';
    case 'step':
      return 'Something happens';
    case 'callback':
      return 'A callback Resurs sends';
  }
}

/** The full UPDATE verdict of a callback in words, or null for nodes without one. Never throws. */
export function describeReliance(node: FlowNode): string | null {
  const reliance = node.callback?.ifRelyingOnUpdate;
  if (!reliance) return null;
  const head = {
    'may-skip': 'May be skipped if you handle UPDATE.',
    'must-keep': 'Keep it registered even if you handle UPDATE.',
    'not-covered': 'The FAQ doesn’t cover it.',
  }[reliance.verdict];
  return `${head} ${reliance.reason}`;
}
