import type { FlowEdge, FlowNode } from '../../data/callback-flow.ts';
import { defaultLayoutOptions, estimateTextWidth, type FlowLayout, layoutFlow } from './flow-layout.ts';
import { diagramCaption, isCodeTitle } from './node-labels.ts';

/** Font sizes of the diagram's two text lines, shared with the SVG component. */
export const diagramFont = { title: 13.5, caption: 11.5 } as const;

/** Lays out the callback flow: box widths follow the longest title or caption of each column. Never throws. */
export function layoutCallbackFlow(nodes: readonly FlowNode[], edges: readonly FlowEdge[]): FlowLayout {
  return layoutFlow(
    nodes.map((node) => ({
      id: node.id,
      col: node.grid.col,
      row: node.grid.row,
      textWidth: Math.max(
        estimateTextWidth(node.title, diagramFont.title, isCodeTitle(node) ? 'mono' : 'sansBold'),
        estimateTextWidth(diagramCaption(node), diagramFont.caption, 'sans'),
      ),
    })),
    edges,
    defaultLayoutOptions,
  );
}
