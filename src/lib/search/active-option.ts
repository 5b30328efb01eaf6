/**
 * The active option after an arrow key in a list of `count` options: ArrowDown from none goes to
 * the first, ArrowUp from none to the last, and both wrap around. Returns -1 for an empty list.
 * Never throws.
 */
export function moveActive(active: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (!Number.isInteger(count) || count <= 0) return -1;
  const current = Number.isInteger(active) && active >= 0 && active < count ? active : -1;
  if (key === 'ArrowDown') return current === -1 ? 0 : (current + 1) % count;
  return current === -1 ? count - 1 : (current - 1 + count) % count;
}
