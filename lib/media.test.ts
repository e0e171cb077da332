import { describe, expect, it } from 'vitest';
import { imageWidthsFor, mediaSrcSet, mediaUrl } from './media';

const key = `ab/${'ab'.padEnd(64, '0')}.jpg`;

describe('media URLs', () => {
  it('address a stored file and its resized copies', () => {
    expect(mediaUrl(key)).toBe(`/media/${key}`);
    expect(mediaUrl(key, 960)).toBe(`/media/${key}?w=960`);
  });

  it('offer only copies narrower than the original', () => {
    expect(imageWidthsFor(2400)).toEqual([480, 960, 1600]);
    expect(imageWidthsFor(960)).toEqual([480]);
    expect(imageWidthsFor(300)).toEqual([]);
    expect(mediaSrcSet(key, 1200)).toBe(`/media/${key}?w=480 480w, /media/${key}?w=960 960w, /media/${key} 1200w`);
  });
});
