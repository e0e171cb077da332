import { describe, expect, it } from 'vitest';
import { estimateTextWidth, labelBox, placeLabels, type Box } from './labels';

const fontSize = 14;
const options = { gap: 4, markerRadius: 6, frame: { width: 400, height: 300 } };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeLabels', () => {
  it('puts a lone label to the right of its marker', () => {
    const [item] = placeLabels([{ text: 'Izmir', at: { x: 100, y: 100 }, size: fontSize }], { ...options, obstacles: [{ x: 100, y: 100 }] });
    expect(item?.placed).toMatchObject({ anchor: 'start' });
    expect(item?.placed?.x).toBeGreaterThan(100);
  });

  it('moves a label to the left at the right edge of the frame', () => {
    const [item] = placeLabels([{ text: 'Qingdao', at: { x: 390, y: 100 }, size: fontSize }], { ...options, obstacles: [] });
    expect(item?.placed).toMatchObject({ anchor: 'end' });
  });

  it('never lets two labels or a label and a marker overlap', () => {
    const markers = [
      { x: 100, y: 100 },
      { x: 130, y: 105 },
      { x: 115, y: 125 },
      { x: 90, y: 80 },
      { x: 140, y: 85 },
    ];
    const items = placeLabels(
      markers.map((at, i) => ({ text: `Partner city ${i}`, at, size: fontSize })),
      { ...options, obstacles: markers },
    );
    const boxes = items.flatMap((item) => (item.placed ? [labelBox(item.text, item.placed, fontSize)] : []));
    expect(boxes.length).toBeGreaterThan(1);
    boxes.forEach((box, i) => {
      for (const other of boxes.slice(i + 1)) expect(overlap(box, other)).toBe(false);
      for (const m of markers) expect(overlap(box, { x: m.x - 6, y: m.y - 6, width: 12, height: 12 })).toBe(false);
    });
  });

  it('leaves out a label that has no free spot', () => {
    const tiny = placeLabels([{ text: 'Much too long for this frame', at: { x: 20, y: 10 }, size: fontSize }], {
      ...options,
      obstacles: [],
      frame: { width: 60, height: 20 },
    });
    expect(tiny.map((item) => item.placed)).toEqual([null]);
  });
});

describe('estimateTextWidth', () => {
  // Widths of the map's labels as Chromium draws them (Inter semibold, 15 units), in SVG units.
  const drawn = { Шэньчжэнь: 89, Циндао: 57, Эскишехир: 86, 'Шуменская область': 152, Chengdu: 66, Mogilev: 58 };

  it('never takes a label for narrower than it is drawn, so a label that fits by the estimate fits on screen', () => {
    for (const [text, width] of Object.entries(drawn)) expect(estimateTextWidth(text, 15)).toBeGreaterThanOrEqual(width);
  });

  it('stays close enough that short names are not crowded out', () => {
    for (const [text, width] of Object.entries(drawn)) expect(estimateTextWidth(text, 15)).toBeLessThanOrEqual(width * 1.12);
  });
});
