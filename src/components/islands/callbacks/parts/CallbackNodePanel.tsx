import type { FlowNode, NodeId } from '../../../../data/callback-flow.ts';
import { CallbackNodeDetails } from './CallbackNodeDetails.tsx';

export interface Props {
  node: FlowNode | null;
  base: string;
  onSelect: (id: NodeId) => void;
}

/** The details of the selected box, or how to select one. */
export function CallbackNodePanel({ node, base, onSelect }: Props) {
  return (
    <section class="cb-panel" aria-labelledby="cb-details-title" data-details-panel>
      <p class="cb-panel__eyebrow">Details</p>
      {node ? (
        <CallbackNodeDetails
          node={node}
          base={base}
          headingLevel={3}
          headingId="cb-details-title"
          onSelect={onSelect}
        />
      ) : (
        <>
          <h3 id="cb-details-title" class="visually-hidden">
            Details
          </h3>
          <p class="cb-hint">
            Select a box in the diagram (click it, or Tab to the diagram, move with the arrow keys and press Enter) to
            see what triggers it, how Resurs calls you, and what your shop should do.
          </p>
        </>
      )}
    </section>
  );
}
