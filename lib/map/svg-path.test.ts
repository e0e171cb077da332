import { describe, expect, it } from 'vitest';
import { compactPath } from './svg-path';

/** The absolute points a relative path visits, to compare with the original's. */
function points(d: string): string[] {
  const visited: string[] = [];
  let x = 0,
    y = 0,
    startX = 0,
    startY = 0;
  for (const [, command, args] of d.matchAll(/([mlMLzZ])([^mlMLzZ]*)/g)) {
    if (command === 'z' || command === 'Z') {
      x = startX;
      y = startY;
      visited.push('Z');
      continue;
    }
    const [a = 0, b = 0] = (args ?? '').replace(/(\d)-/g, '$1,-').split(',').map(Number);
    [x, y] = command === command!.toLowerCase() ? [x + a, y + b] : [a, b];
    if (command === 'm' || command === 'M') {
      startX = x;
      startY = y;
    }
    visited.push(`${command!.toUpperCase()}${x},${y}`);
  }
  return visited;
}

describe('compactPath', () => {
  it('visits the same points with relative commands, each subpath moving from where the last one closed', () => {
    const d = 'M10,10L20,10L20,20Z M50,40L45,35L60,80Z M5,5L6,7';
    expect(compactPath(d)).toBe('m10,10l10,0l0,10zm40,30l-5-5l15,45zm-45-35l1,2');
    expect(points(compactPath(d))).toEqual(points(d.replaceAll(' ', '')));
  });

  it('drops segments that round to nothing', () => {
    expect(compactPath('M1,1L1,1L2,2L2,2Z')).toBe('m1,1l1,1z');
  });

  it('makes a world map’s coastline much shorter', () => {
    const coast =
      Array.from({ length: 200 }, (_, i) => `${i === 0 ? 'M' : 'L'}${500 + Math.round(40 * Math.cos(i / 30))},${250 + Math.round(40 * Math.sin(i / 30))}`).join(
        '',
      ) + 'Z';
    expect(compactPath(coast).length).toBeLessThan(coast.length * 0.6);
  });

  it('leaves an empty path empty', () => {
    expect(compactPath('')).toBe('');
  });
});
