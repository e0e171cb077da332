/**
 * A polygon or line path as d3-geo writes it (absolute M/L/Z with whole-number coordinates)
 * rewritten with relative commands: neighbouring points of a coastline are a few units apart, so
 * "l3-2" replaces "L512,233" and the land and borders take about half the bytes (they are drawn
 * on every page with the map, once in the HTML and once in its RSC payload). Segments that round
 * to nothing are dropped; only for fills and butt-capped strokes, where they draw nothing.
 */
export function compactPath(d: string): string {
  let out = '';
  let x = 0,
    y = 0,
    startX = 0,
    startY = 0;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      // A closed subpath leaves the pen at its start: the next move is relative to that.
      x = startX;
      y = startY;
      continue;
    }
    const [px = 0, py = 0] = (args ?? '').split(',').map(Number);
    const dx = px - x,
      dy = py - y;
    if (command === 'L' && dx === 0 && dy === 0) continue;
    // A minus sign separates numbers by itself.
    out += `${command === 'M' ? 'm' : 'l'}${dx}${dy < 0 ? '' : ','}${dy}`;
    x = px;
    y = py;
    if (command === 'M') {
      startX = px;
      startY = py;
    }
  }
  return out;
}
