/** A point in the diagram's user units. */
export interface Point {
  x: number;
  y: number;
}

/** Rounded-corner SVG path through orthogonal points. Never throws. */
export function roundedPath(points: readonly Point[], radius: number): string {
  const fmt = (n: number) => Number(n.toFixed(1)).toString();
  if (points.length === 0) return '';
  let d = `M${fmt(points[0]!.x)} ${fmt(points[0]!.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1]!;
    const here = points[i]!;
    const next = points[i + 1]!;
    const inLen = Math.hypot(here.x - prev.x, here.y - prev.y);
    const outLen = Math.hypot(next.x - here.x, next.y - here.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r < 0.5) {
      d += ` L${fmt(here.x)} ${fmt(here.y)}`;
      continue;
    }
    const a = { x: here.x - ((here.x - prev.x) / inLen) * r, y: here.y - ((here.y - prev.y) / inLen) * r };
    const b = { x: here.x + ((next.x - here.x) / outLen) * r, y: here.y + ((next.y - here.y) / outLen) * r };
    d += ` L${fmt(a.x)} ${fmt(a.y)} Q${fmt(here.x)} ${fmt(here.y)} ${fmt(b.x)} ${fmt(b.y)}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${fmt(last.x)} ${fmt(last.y)}`;
}
