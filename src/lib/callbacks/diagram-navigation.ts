import type { NodeBox } from './flow-layout.ts';

/** The keys that move the focus between the diagram's boxes. */
export const navigationKeys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;

/**
 * The box to focus after pressing `key` on box `fromId`: the nearest box in the arrow's
 * direction (straight lines preferred over diagonals), the first box for Home, the last for End.
 * Null when there is none, or for an unknown id or key. Never throws.
 */
export function neighbourInDirection(boxes: readonly NodeBox[], fromId: string, key: string): string | null {
  if (key === 'Home') return boxes[0]?.id ?? null;
  if (key === 'End') return boxes[boxes.length - 1]?.id ?? null;
  const from = boxes.find((b) => b.id === fromId);
  const direction = {
    ArrowUp: { x: 0, y: -1 },
    ArrowDown: { x: 0, y: 1 },
    ArrowLeft: { x: -1, y: 0 },
    ArrowRight: { x: 1, y: 0 },
  }[key];
  if (!from || !direction) return null;
  const center = (b: NodeBox) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
  const origin = center(from);
  let best: { id: string; score: number } | null = null;
  for (const box of boxes) {
    if (box.id === from.id) continue;
    const c = center(box);
    const dx = c.x - origin.x;
    const dy = c.y - origin.y;
    const along = dx * direction.x + dy * direction.y;
    if (along <= 1) continue;
    const across = Math.abs(dx * direction.y - dy * direction.x);
    const score = along + 3 * across;
    if (!best || score < best.score) best = { id: box.id, score };
  }
  return best?.id ?? null;
}
