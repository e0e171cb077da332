import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { prepareImage, UnreadableImage } from './processing';

describe('prepareImage', () => {
  it('works on one image at a time, keeps no decoded images, and a bad file does not hold up the next', async () => {
    const photo = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#0a6' } })
      .png()
      .toBuffer();
    // libvips' own count of images being worked on or waiting for a thread, sampled throughout.
    let most = 0;
    const sampler = setInterval(() => {
      const { queue, process } = sharp.counters();
      most = Math.max(most, queue + process);
    }, 1);
    const results = await Promise.allSettled([
      prepareImage(photo, 'png'),
      prepareImage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), 'png'),
      prepareImage(photo, 'png'),
    ]);
    clearInterval(sampler);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[1]?.status === 'rejected' && results[1].reason).toBeInstanceOf(UnreadableImage);
    expect(most).toBe(1);
    expect(sharp.cache().memory.current).toBe(0);
  });
});
