export type Point = { x: number; y: number };

/**
 * Moves markers that sit closer than `minDistance` apart away from each other (the cartographer's
 * displacement), so that each stays a separate target of at least WCAG's 24 px spacing. `fixed`
 * points (the home city) push but never move. Far-apart markers are returned unchanged.
 */
export function spreadMarkers<T extends Point>(points: readonly T[], minDistance: number, fixed: readonly Point[] = [], iterations = 200): T[] {
  const moved = points.map((p) => ({ ...p }));
  for (let round = 0; round < iterations; round++) {
    let overlapping = false;
    moved.forEach((a, i) => {
      moved.slice(i + 1).forEach((b, k) => {
        overlapping = separate(a, b, minDistance, false, 2 * i + k + 1) || overlapping;
      });
      for (const f of fixed) overlapping = separate(a, f, minDistance, true, i) || overlapping;
    });
    if (!overlapping) break;
  }
  return moved;
}

/** Pushes a (and b, unless fixed) apart along their axis; true when they were too close. */
function separate(a: Point, b: Point, minDistance: number, bFixed: boolean, seed: number): boolean {
  let dx = a.x - b.x, dy = a.y - b.y;
  let d = Math.hypot(dx, dy);
  // Slightly more than needed, so that floating point never leaves a pair a hair too close.
  const target = minDistance * 1.001;
  if (d >= target) return false;
  if (d === 0) {
    // Same spot: pick a direction that differs per pair, deterministically.
    const angle = seed * 2.399963;
    dx = Math.cos(angle); dy = Math.sin(angle); d = 1;
  }
  const push = target - d;
  const ux = dx / d, uy = dy / d;
  if (bFixed) {
    a.x += ux * push; a.y += uy * push;
  } else {
    a.x += (ux * push) / 2; a.y += (uy * push) / 2;
    b.x -= (ux * push) / 2; b.y -= (uy * push) / 2;
  }
  return true;
}
