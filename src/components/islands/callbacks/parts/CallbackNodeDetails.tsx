import { type FlowNode, flowEdges, flowNodes, flowRoot, type NodeId } from '../../../../data/callback-flow.ts';
import { findNode } from '../../../../lib/callbacks/flow-graph.ts';
import { describeKind, describeReliance } from '../../../../lib/callbacks/node-labels.ts';
import { joinBase } from '../../../../lib/site/paths.ts';

export interface Props {
  node: FlowNode;
  /** The site's base path, for links to the FAQ. */
  base: string;
  headingLevel: 2 | 3 | 4;
  /** When given, neighbours are buttons that select them; otherwise links to #node-ID. */
  onSelect?: (id: NodeId) => void;
  /** Id for the heading, so a panel can point aria-labelledby at it. */
  headingId?: string;
}

const graph = { nodes: flowNodes, edges: flowEdges, root: flowRoot };

/** The boxes before or after a node, each as a link (static) or a button (in the explorer). */
function Neighbours({
  id,
  direction,
  onSelect,
}: {
  id: NodeId;
  direction: 'in' | 'out';
  onSelect?: Props['onSelect'];
}) {
  const edges = flowEdges.filter((e) => (direction === 'out' ? e.from === id : e.to === id));
  if (edges.length === 0) return null;
  return (
    <p class="cb-neighbours">
      <span class="cb-neighbours__label">{direction === 'out' ? 'Leads to:' : 'Reached from:'}</span>{' '}
      {edges.map((edge, i) => {
        const otherId = direction === 'out' ? edge.to : edge.from;
        const other = findNode(graph, otherId)!;
        const text = other.kind === 'status' ? `${other.title} (answer)` : other.title;
        return (
          <span key={otherId}>
            {i > 0 && ', '}
            {onSelect ? (
              <button type="button" class="cb-link-button" onClick={() => onSelect(otherId)}>
                {text}
              </button>
            ) : (
              <a href={`#node-${otherId}`}>{text}</a>
            )}
            {direction === 'out' && <span class="cb-muted"> ({edge.label})</span>}
          </span>
        );
      })}
    </p>
  );
}

/** Everything the flow data says about one node: the text alternative's entry and the details panel. */
export function CallbackNodeDetails({ node, base, headingLevel, onSelect, headingId }: Props) {
  const Heading = `h${headingLevel}` as 'h3';
  const callback = node.callback;
  const reliance = describeReliance(node);
  return (
    <div class="cb-details" data-node-details={node.id}>
      <Heading id={headingId} class="cb-details__title">
        <span class={node.kind === 'step' ? '' : 'cb-code'}>{node.title}</span>{' '}
        <span class="cb-details__kind">{describeKind(node)}</span>
      </Heading>
      <p>{node.summary}</p>
      {callback && (
        <dl class="cb-facts">
          <dt>Trigger</dt>
          <dd>{callback.trigger}</dd>
          <dt>HTTP method</dt>
          <dd>{callback.method}</dd>
          <dt>Parameters</dt>
          <dd>
            <ul class="cb-params">
              {callback.params.map((p) => (
                <li key={p.name}>
                  <code>{p.name}</code>: {p.description}
                </li>
              ))}
              <li>
                <code>digest</code>: only if you configured a digest.
              </li>
            </ul>
          </dd>
          <dt>Body</dt>
          <dd>{callback.body ?? 'None: the parameters come in the query string.'}</dd>
          {reliance && (
            <>
              <dt>If you rely on UPDATE</dt>
              <dd>{reliance}</dd>
            </>
          )}
        </dl>
      )}
      <p>
        <strong>What the shop should do:</strong> {node.shopShould}
      </p>
      {node.notes.length > 0 && (
        <ul class="cb-notes">
          {node.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <Neighbours id={node.id} direction="in" onSelect={onSelect} />
      <Neighbours id={node.id} direction="out" onSelect={onSelect} />
      <p class="cb-sources">
        {node.faq.length > 0 && (
          <>
            In the FAQ:{' '}
            {node.faq.map((link, i) => (
              <span key={link.anchor}>
                {i > 0 && ' · '}
                <a href={joinBase(base, `/faq/#${link.anchor}`)}>{link.label}</a>
              </span>
            ))}
            .{' '}
          </>
        )}
        Sources:{' '}
        {node.sources.map((source, i) => (
          <span key={source.label}>
            {i > 0 && ' · '}
            {source.url ? <a href={source.url}>{source.label}</a> : source.label}
          </span>
        ))}
        .
      </p>
    </div>
  );
}
