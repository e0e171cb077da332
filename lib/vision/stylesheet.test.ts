import { describe, expect, it } from 'vitest';
import { visionStylesheet } from './stylesheet';

const BASE = { size: 'normal', scheme: 'black-on-white', images: 'shown', spacing: 'normal' } as const;

describe('the low-vision stylesheet', () => {
  it('is empty for the normal version', () => {
    expect(visionStylesheet(null)).toBe('');
  });

  it('scales the root font to at least 150 % and 200 %, which every rem-based size follows', () => {
    expect(visionStylesheet({ ...BASE, size: 'large' })).toContain('font-size: 150%');
    expect(visionStylesheet({ ...BASE, size: 'largest' })).toContain('font-size: 200%');
  });

  it('uses the chosen scheme and marks exactly the current choices in the bar', () => {
    const css = visionStylesheet({ ...BASE, scheme: 'brown-on-beige' });
    expect(css).toContain('--vision-bg: #f7f3d6');
    expect(css).toContain('[data-vision-choice="scheme:brown-on-beige"]');
    expect(css).not.toContain('[data-vision-choice="scheme:black-on-white"]');
  });

  it('hides images and shows their text only when asked, and widens spacing only when asked', () => {
    expect(visionStylesheet(BASE)).not.toMatch(/img \{ display: none|letter-spacing/);
    const css = visionStylesheet({ ...BASE, images: 'hidden', spacing: 'wide' });
    expect(css).toContain('img { display: none; }');
    expect(css).toContain('[data-vision-alt] { display: block;');
    expect(css).toContain('letter-spacing: 0.12em');
  });

  it('never uses a cascade layer, so it wins over the layered utilities', () => {
    expect(visionStylesheet({ ...BASE, images: 'hidden', spacing: 'wide' })).not.toContain('@layer');
  });
});
