import type { FlowLayout, NodeBox, Point } from './flow-layout.ts';

function segmentHitsBox(a: Point, b: Point, r: NodeBox): boolean {
  const inset = 0.5;
  const left = r.x + inset;
  const right = r.x + r.width - inset;
  const top = r.y + inset;
  const bottom = r.y + r.height - inset;
  const minX = Math.min(a.x, b.x);
  const maxX = Math.max(a.x, b.x);
  const minY = Math.min(a.y, b.y);
  const maxY = Math.max(a.y, b.y);
  return minX < right && maxX > left && minY < bottom && maxY > top;
}

/**
 * Checks a layout: no two boxes overlap, no edge runs through a box, and no two edges share a
 * stretch of line unless they share a source or a target. Returns the problems (empty: fine).
 * Never throws.
 */
export function findLayoutProblems(layout: FlowLayout): string[] {
  const problems = [...layout.problems];
  layout.nodes.forEach((a, i) => {
    for (const b of layout.nodes.slice(i + 1)) {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
        problems.push(`layout: boxes ${a.id} and ${b.id} overlap`);
      }
    }
  });
  const segments = layout.edges.flatMap((edge) =>
    edge.points.slice(1).map((p, i) => ({ edge, a: edge.points[i]!, b: p })),
  );
  for (const { edge, a, b } of segments) {
    for (const node of layout.nodes) {
      if (segmentHitsBox(a, b, node)) problems.push(`layout: edge ${edge.from} → ${edge.to} runs through ${node.id}`);
    }
  }
  segments.forEach((s, i) => {
    for (const t of segments.slice(i + 1)) {
      if (s.edge === t.edge || s.edge.from === t.edge.from || s.edge.to === t.edge.to) continue;
      const vertical = (p: typeof s) => Math.abs(p.a.x - p.b.x) < 0.5;
      const horizontal = (p: typeof s) => Math.abs(p.a.y - p.b.y) < 0.5;
      let shared = 0;
      if (vertical(s) && vertical(t) && Math.abs(s.a.x - t.a.x) < 0.5) {
        shared =
          Math.min(Math.max(s.a.y, s.b.y), Math.max(t.a.y, t.b.y)) -
          Math.max(Math.min(s.a.y, s.b.y), Math.min(t.a.y, t.b.y));
      } else if (horizontal(s) && horizontal(t) && Math.abs(s.a.y - t.a.y) < 0.5) {
        shared =
          Math.min(Math.max(s.a.x, s.b.x), Math.max(t.a.x, t.b.x)) -
          Math.max(Math.min(s.a.x, s.b.x), Math.min(t.a.x, t.b.x));
      }
      if (shared > 1) {
        problems.push(`layout: edges ${s.edge.from} → ${s.edge.to} and ${t.edge.from} → ${t.edge.to} share a line`);
      }
    }
  });
  return problems;
}
