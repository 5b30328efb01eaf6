/**
 * Computes the diagram's geometry from the flow data: boxes on a grid of columns and rows, and
 * orthogonal edges that run through the gutters between columns. Each gutter gets as many
 * vertical tracks as it needs; edges share a track only when they share a source or a target
 * (so a shared line always means "the same box"), or when they don't overlap.
 */

import { type Point, roundedPath } from './svg-path.ts';

export type { Point };

/** What the layout needs to know about a node. */
export interface LayoutNodeInput {
  id: string;
  col: number;
  row: number;
  /** Estimated text width in user units (see estimateTextWidth). */
  textWidth: number;
}

/** What the layout needs to know about an edge. */
export interface LayoutEdgeInput {
  from: string;
  to: string;
}

/** A placed box. */
export interface NodeBox {
  id: string;
  col: number;
  row: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A routed edge: its polyline and the SVG path with rounded corners. */
export interface EdgeRoute {
  from: string;
  to: string;
  points: Point[];
  d: string;
}

/** The whole diagram: its size, the placed boxes and the routed edges. */
export interface FlowLayout {
  width: number;
  height: number;
  nodes: NodeBox[];
  edges: EdgeRoute[];
  /** Left edge and width of each column, for headers. */
  columns: { x: number; width: number }[];
  /** Edges that could not be routed (e.g. pointing up within a column), as messages. */
  problems: string[];
}

/** Sizes and spacings of the layout, in user units. */
export interface LayoutOptions {
  minColumnWidth: number;
  nodeHeight: number;
  rowGap: number;
  margin: number;
  top: number;
  gutterPad: number;
  trackSpacing: number;
  portOffset: number;
  cornerRadius: number;
}

/** The sizes the callback diagram uses. */
export const defaultLayoutOptions: LayoutOptions = {
  minColumnWidth: 176,
  nodeHeight: 50,
  rowGap: 22,
  margin: 12,
  top: 36,
  gutterPad: 13,
  trackSpacing: 8,
  portOffset: 9,
  cornerRadius: 6,
};

/** How wide a character is, on average, in ems: generous, so that text stays inside its box. */
const charWidth = { mono: 0.61, sans: 0.53, sansBold: 0.6 } as const;

/** Rough width of a line of text in user units, for a font style of `charWidth`. Never throws. */
export function estimateTextWidth(text: string, fontSize: number, style: keyof typeof charWidth): number {
  return Math.ceil([...text].length * fontSize * charWidth[style]);
}

type Side = 'left' | 'right' | 'top' | 'bottom';
type Kind = 'right' | 'left' | 'down';

interface Draft {
  edge: LayoutEdgeInput;
  kind: Kind;
  source: LayoutNodeInput;
  target: LayoutNodeInput;
  sy: number;
  ty: number;
  gutter: number;
  track: number;
}

function sideOf(kind: Kind, role: 'out' | 'in'): Side {
  if (kind === 'down') return role === 'out' ? 'bottom' : 'top';
  if (kind === 'right') return role === 'out' ? 'right' : 'left';
  return role === 'out' ? 'left' : 'right';
}

function overlaps(a: [number, number], b: [number, number], pad: number): boolean {
  return a[0] < b[1] + pad && b[0] < a[1] + pad;
}

/**
 * Orders a gutter's tracks so that a line leaving a box never runs along a line entering a box at
 * the same height: the leaving edge's track must come first in its direction of travel.
 */
function orderTracks(tracks: Draft[][]): Draft[][] {
  const before = tracks.map(() => new Set<number>());
  const same = (a: number, b: number) => Math.abs(a - b) < 0.5;
  tracks.forEach((ti, i) => {
    tracks.forEach((tj, j) => {
      if (i === j) return;
      for (const a of ti) {
        for (const b of tj) {
          if (a.kind !== b.kind || !same(a.sy, b.ty)) continue;
          // Rightward: a leaves at the height b enters, so a's track must lie left of b's.
          if (a.kind === 'right') before[j]!.add(i);
          else before[i]!.add(j);
        }
      }
    });
  });
  const order: number[] = [];
  const placed = new Set<number>();
  while (order.length < tracks.length) {
    const ready = tracks.findIndex((_, i) => !placed.has(i) && [...before[i]!].every((k) => placed.has(k)));
    // A cycle of constraints cannot be satisfied: keep the packing order for the rest.
    const next = ready === -1 ? tracks.findIndex((_, i) => !placed.has(i)) : ready;
    order.push(next);
    placed.add(next);
  }
  return order.map((i) => tracks[i]!);
}

/**
 * Lays out the nodes on their grid cells and routes every edge. Edges must go down within a
 * column or sideways to another column; anything else is reported in `problems` and drawn straight.
 * Never throws.
 */
export function layoutFlow(
  nodes: readonly LayoutNodeInput[],
  edges: readonly LayoutEdgeInput[],
  options: LayoutOptions = defaultLayoutOptions,
): FlowLayout {
  const o = options;
  const problems: string[] = [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const columnCount = Math.max(0, ...nodes.map((n) => n.col + 1));
  const rowCount = Math.max(0, ...nodes.map((n) => n.row + 1));
  const colWidths = Array.from({ length: columnCount }, (_, c) =>
    Math.max(o.minColumnWidth, ...nodes.filter((n) => n.col === c).map((n) => n.textWidth + 24)),
  );
  const rowY = (row: number) => o.top + row * (o.nodeHeight + o.rowGap);
  const centerY = (n: LayoutNodeInput) => rowY(n.row) + o.nodeHeight / 2;

  // 1. Classify edges.
  const drafts: Draft[] = [];
  for (const edge of edges) {
    const source = byId.get(edge.from);
    const target = byId.get(edge.to);
    if (!source || !target) {
      problems.push(`layout: edge ${edge.from} → ${edge.to} names an unknown node`);
      continue;
    }
    let kind: Kind;
    if (target.col > source.col) kind = 'right';
    else if (target.col < source.col) kind = 'left';
    else if (target.row > source.row) kind = 'down';
    else {
      problems.push(`layout: edge ${edge.from} → ${edge.to} points up or sideways within column ${source.col}`);
      kind = 'down';
    }
    drafts.push({ edge, kind, source, target, sy: 0, ty: 0, gutter: -1, track: -1 });
  }

  // 2. Ports: on a side, all outgoing ends share one point and all incoming ends another.
  const portY = new Map<string, number>();
  for (const node of nodes) {
    for (const side of ['left', 'right'] as const) {
      const outs = drafts.filter((d) => d.source === node && sideOf(d.kind, 'out') === side);
      const ins = drafts.filter((d) => d.target === node && sideOf(d.kind, 'in') === side);
      const cy = centerY(node);
      if (outs.length === 0 || ins.length === 0) {
        portY.set(`${node.id}:${side}:out`, cy);
        portY.set(`${node.id}:${side}:in`, cy);
        continue;
      }
      const mean = (list: Draft[], pick: (d: Draft) => LayoutNodeInput) =>
        list.reduce((sum, d) => sum + pick(d).row, 0) / list.length;
      const outsFirst = mean(outs, (d) => d.target) <= mean(ins, (d) => d.source);
      portY.set(`${node.id}:${side}:out`, cy + (outsFirst ? -o.portOffset : o.portOffset));
      portY.set(`${node.id}:${side}:in`, cy + (outsFirst ? o.portOffset : -o.portOffset));
    }
  }
  for (const d of drafts) {
    if (d.kind === 'down') continue;
    d.sy = portY.get(`${d.source.id}:${sideOf(d.kind, 'out')}:out`)!;
    d.ty = portY.get(`${d.target.id}:${sideOf(d.kind, 'in')}:in`)!;
    if (Math.abs(d.sy - d.ty) > 0.5) d.gutter = d.kind === 'right' ? d.target.col - 1 : d.target.col;
  }

  // 3. Tracks per gutter, greedily, longest edges first so trunks get the inner tracks.
  const trackCounts = Array.from({ length: Math.max(0, columnCount - 1) }, () => 0);
  for (let g = 0; g < trackCounts.length; g++) {
    const inGutter = drafts
      .filter((d) => d.gutter === g)
      .sort(
        (a, b) =>
          Math.abs(b.ty - b.sy) - Math.abs(a.ty - a.sy) ||
          `${a.edge.from}>${a.edge.to}`.localeCompare(`${b.edge.from}>${b.edge.to}`),
      );
    const tracks: Draft[][] = [];
    for (const d of inGutter) {
      const span: [number, number] = [Math.min(d.sy, d.ty), Math.max(d.sy, d.ty)];
      const fits = (track: Draft[]) =>
        track.every(
          (other) =>
            other.edge.from === d.edge.from ||
            other.edge.to === d.edge.to ||
            !overlaps(span, [Math.min(other.sy, other.ty), Math.max(other.sy, other.ty)], 6),
        );
      let index = tracks.findIndex(fits);
      if (index === -1) index = tracks.push([]) - 1;
      tracks[index]!.push(d);
    }
    orderTracks(tracks).forEach((track, index) => {
      for (const d of track) d.track = index;
    });
    trackCounts[g] = tracks.length;
  }

  // 4. Columns and gutters.
  const gutterWidths = trackCounts.map((count) => 2 * o.gutterPad + Math.max(0, count - 1) * o.trackSpacing);
  const colX: number[] = [];
  let x = o.margin;
  for (let c = 0; c < columnCount; c++) {
    colX.push(x);
    x += colWidths[c]! + (gutterWidths[c] ?? 0);
  }
  const width = x + o.margin;
  const height = rowY(rowCount) - o.rowGap + o.margin;

  const boxes: NodeBox[] = nodes.map((n) => ({
    id: n.id,
    col: n.col,
    row: n.row,
    x: colX[n.col]!,
    y: rowY(n.row),
    width: colWidths[n.col]!,
    height: o.nodeHeight,
  }));
  const box = new Map(boxes.map((b) => [b.id, b]));

  // 5. Route.
  const routes: EdgeRoute[] = drafts.map((d) => {
    const s = box.get(d.source.id)!;
    const t = box.get(d.target.id)!;
    let points: Point[];
    if (d.kind === 'down') {
      const cx = s.x + s.width / 2;
      points = [
        { x: cx, y: s.y + s.height },
        { x: t.x + t.width / 2, y: t.y },
      ];
    } else {
      const sx = d.kind === 'right' ? s.x + s.width : s.x;
      const ex = d.kind === 'right' ? t.x : t.x + t.width;
      if (d.gutter < 0) {
        points = [
          { x: sx, y: d.sy },
          { x: ex, y: d.ty },
        ];
      } else {
        const gutterLeft = colX[d.gutter]! + colWidths[d.gutter]!;
        const tx = gutterLeft + o.gutterPad + d.track * o.trackSpacing;
        points = [
          { x: sx, y: d.sy },
          { x: tx, y: d.sy },
          { x: tx, y: d.ty },
          { x: ex, y: d.ty },
        ];
      }
    }
    return { from: d.edge.from, to: d.edge.to, points, d: roundedPath(points, o.cornerRadius) };
  });

  return {
    width,
    height,
    nodes: boxes,
    edges: routes,
    columns: colX.map((cx, c) => ({ x: cx, width: colWidths[c]! })),
    problems,
  };
}
