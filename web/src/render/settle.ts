/**
 * Decides when ForceAtlas2 has settled: the mean distance nodes moved between two samples,
 * relative to the size of the layout, stays under a threshold.
 */

/** Node positions at one moment. */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** Mean movement between two samples divided by the layout's extent (0 when nothing moved). */
export function relativeMovement(before: Positions, after: Positions): number {
  let moved = 0;
  let count = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [id, p] of after) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
    const q = before.get(id);
    if (!q) continue;
    moved += Math.hypot(p.x - q.x, p.y - q.y);
    count++;
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  if (count === 0 || !(extent > 0)) return 0;
  return moved / count / extent;
}

/** Whether the layout has settled: movement under `threshold` for `calmSamples` samples in a row. */
export function isSettled(recentMovements: readonly number[], threshold = 0.0015, calmSamples = 3): boolean {
  if (recentMovements.length < calmSamples) return false;
  return recentMovements.slice(-calmSamples).every((m) => m < threshold);
}
