export type Point = { x: number; y: number };

// Slightly more than needed, so that floating point never leaves a pair a hair too close.
const SLACK = 1.001;

/**
 * Moves markers that sit closer than `minDistance` apart away from each other (the cartographer's
 * displacement), so that each stays a separate target of at least WCAG's 24 px spacing. `fixed`
 * points (the home city) push but never move. Far-apart markers are returned unchanged.
 *
 * Each round compares a marker only with those in its own and the eight neighbouring cells of a
 * grid as wide as the distance aimed at (the only ones that can be too close): a round costs about
 * n, not n², and copies nothing. Pairs are pushed in the order the check of all pairs used, so the
 * demo cities' maps come out exactly as before.
 */
export function spreadMarkers<T extends Point>(points: readonly T[], minDistance: number, fixed: readonly Point[] = [], iterations = 200): T[] {
  const moved = points.map((p) => ({ ...p }));
  for (let round = 0; round < iterations; round++) {
    let overlapping = false;
    const grid = new Grid(moved, minDistance * SLACK);
    moved.forEach((a, i) => {
      for (const j of grid.laterNeighbours(i)) overlapping = separate(a, moved[j]!, minDistance, false, i + j) || overlapping;
      for (const f of fixed) overlapping = separate(a, f, minDistance, true, i) || overlapping;
    });
    if (!overlapping) break;
  }
  return moved;
}

/** Markers bucketed by cell at the start of a round; a marker pushed mid-round is re-checked in the next one. */
class Grid {
  private readonly cells = new Map<string, number[]>();
  private readonly cellOf: [number, number][];

  constructor(points: readonly Point[], size: number) {
    this.cellOf = points.map((p) => [Math.floor(p.x / size), Math.floor(p.y / size)]);
    this.cellOf.forEach(([cx, cy], i) => {
      const key = `${cx},${cy}`;
      const cell = this.cells.get(key);
      if (cell) cell.push(i);
      else this.cells.set(key, [i]);
    });
  }

  /** Indices after i in the 3×3 cells around it, in ascending order. */
  laterNeighbours(i: number): number[] {
    const [cx, cy] = this.cellOf[i]!;
    const found: number[] = [];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of this.cells.get(`${cx + dx},${cy + dy}`) ?? []) if (j > i) found.push(j);
      }
    }
    return found.sort((a, b) => a - b);
  }
}

/** Pushes a (and b, unless fixed) apart along their axis; true when they were too close. */
function separate(a: Point, b: Point, minDistance: number, bFixed: boolean, seed: number): boolean {
  let dx = a.x - b.x,
    dy = a.y - b.y;
  let d = Math.hypot(dx, dy);
  const target = minDistance * SLACK;
  if (d >= target) return false;
  if (d === 0) {
    // Same spot: pick a direction that differs per pair, deterministically.
    const angle = seed * 2.399963;
    dx = Math.cos(angle);
    dy = Math.sin(angle);
    d = 1;
  }
  const push = target - d;
  const ux = dx / d,
    uy = dy / d;
  if (bFixed) {
    a.x += ux * push;
    a.y += uy * push;
  } else {
    a.x += (ux * push) / 2;
    a.y += (uy * push) / 2;
    b.x -= (ux * push) / 2;
    b.y -= (uy * push) / 2;
  }
  return true;
}
