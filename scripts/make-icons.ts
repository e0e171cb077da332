// node --import tsx scripts/make-icons.ts: draws the files in public/ that clients fetch by a fixed
// name (favicon.ico, apple-touch-icon.png) from app/icon.svg. Run it after changing the icon and
// commit the result; nothing draws them at build or start (docs/decisions/023).
import fs from 'node:fs';
import sharp from 'sharp';

const svg = fs.readFileSync('app/icon.svg');
const png = (size: number, background?: string) => {
  const image = sharp(svg, { density: (72 * size) / 32 }).resize(size, size);
  return (background ? image.flatten({ background }) : image).png({ compressionLevel: 9 }).toBuffer();
};

/** An ICO holding PNG images (read by every browser and by Windows since Vista). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0); // 0 stands for 256
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

const sizes = [16, 32, 48];
fs.writeFileSync('public/favicon.ico', ico(await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })))));
// iOS draws a transparent touch icon on black: give it the page's white instead.
fs.writeFileSync('public/apple-touch-icon.png', await png(180, '#ffffff'));
