import type { Point } from './spread';

export type Box = { x: number; y: number; width: number; height: number };
type LabelAnchor = 'start' | 'middle' | 'end';
export type PlacedLabel = { x: number; y: number; anchor: LabelAnchor };

// Advance widths of Inter semibold (the labels' font) in ems, measured in Chromium and rounded up, in
// four classes: a flat average took "Шэньчжэнь" for 12% narrower than drawn, and it ran off the map.
const THIN = /[\s.,:;'’()ijlIіІı]/;
const WIDE = /[mwMWмжшщыюфДЖШЩЪЫЮФМ]/;
const CAPITAL = /\p{Lu}/u;
const emWidth = (c: string) => (THIN.test(c) ? 0.34 : WIDE.test(c) ? 1 : CAPITAL.test(c) ? 0.77 : 0.63);

/** A label's width, never less than drawn: labels are short city names, and a little slack is safer than a measure. */
export const estimateTextWidth = (text: string, fontSize: number): number => [...text].reduce((sum, c) => sum + emWidth(c), 0) * fontSize;

// Right, left, above, below, then the diagonals: the order map readers expect a label in.
const CANDIDATES: { dx: number; dy: number; anchor: LabelAnchor }[] = [
  { dx: 1, dy: 0, anchor: 'start' },
  { dx: -1, dy: 0, anchor: 'end' },
  { dx: 0, dy: -1, anchor: 'middle' },
  { dx: 0, dy: 1, anchor: 'middle' },
  { dx: 0.8, dy: -0.8, anchor: 'start' },
  { dx: -0.8, dy: -0.8, anchor: 'end' },
  { dx: 0.8, dy: 0.8, anchor: 'start' },
  { dx: -0.8, dy: 0.8, anchor: 'end' },
];

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The box a label occupies when its baseline point is (x, y). */
export function labelBox(text: string, at: PlacedLabel, fontSize: number): Box {
  const width = estimateTextWidth(text, fontSize);
  const x = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - width : at.x - width / 2;
  return { x, y: at.y - fontSize * 0.8, width, height: fontSize };
}

/**
 * Greedy label placement: each label, in the given order (put the important ones first), takes the
 * first spot around its marker that overlaps no marker, no earlier label and stays inside the
 * frame. A label with no free spot is left out (null): its marker keeps its accessible name and
 * the list beside the map names every partner.
 */
export function placeLabels<T extends { text: string; at: Point; size: number }>(
  items: readonly T[],
  options: { gap: number; markerRadius: number; obstacles: readonly Point[]; frame: { width: number; height: number } },
): (T & { placed: PlacedLabel | null })[] {
  const { gap, markerRadius, frame } = options;
  const taken: Box[] = options.obstacles.map((p) => ({ x: p.x - markerRadius, y: p.y - markerRadius, width: markerRadius * 2, height: markerRadius * 2 }));
  return items.map((item) => {
    const { text, at, size: fontSize } = item;
    for (const c of CANDIDATES) {
      const offset = markerRadius + gap;
      const spot: PlacedLabel = {
        x: at.x + c.dx * offset,
        // Baseline: vertically centred text sits a third of the font size below the marker's centre.
        y: at.y + c.dy * (offset + (c.dy > 0 ? fontSize * 0.8 : 0)) + (c.dy === 0 ? fontSize * 0.35 : 0),
        anchor: c.anchor,
      };
      const box = labelBox(text, spot, fontSize);
      const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= frame.width && box.y + box.height <= frame.height;
      if (inside && !taken.some((t) => overlaps(t, box))) {
        taken.push(box);
        return { ...item, placed: spot };
      }
    }
    return { ...item, placed: null };
  });
}
