import { describe, expect, it } from 'vitest';
import { COLOUR_SCHEME_VALUES } from './schemes';

/** WCAG 2.x relative luminance of an sRGB colour written #rrggbb. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('the low-vision colour schemes', () => {
  it('computes contrast as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  // WCAG 1.4.6 (AAA) asks 7:1 of text; the schemes hold control borders and the focus outline to it too.
  for (const [name, scheme] of Object.entries(COLOUR_SCHEME_VALUES)) {
    it(`${name}: text, links, muted text and control borders are at least 7:1 on its background`, () => {
      const ratios = Object.fromEntries((['text', 'link', 'muted', 'border'] as const).map((pair) => [pair, contrast(scheme[pair], scheme.background)]));
      for (const [pair, ratio] of Object.entries(ratios)) expect(ratio, `${name} ${pair} ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(7);
    });
  }

  it('offers four distinct schemes, one of them light on dark', () => {
    const backgrounds = new Set(Object.values(COLOUR_SCHEME_VALUES).map((s) => s.background));
    expect(backgrounds.size).toBe(4);
    expect(Object.values(COLOUR_SCHEME_VALUES).filter((s) => luminance(s.text) > luminance(s.background))).toHaveLength(1);
  });
});
