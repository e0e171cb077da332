import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

type Weight = 400 | 700;
export type OgFont = { name: string; data: Buffer; weight: Weight; style: 'normal' };

// Satori reads TTF, OTF and WOFF but not WOFF2, and the site's own font ships only WOFF2, so the
// cards use @fontsource/inter's WOFF files. Every subset is passed under a name of its own (satori
// keeps one font per name and weight) and the card lists them all in its font-family, so each
// glyph is found in its subset: Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ, cyrillic-ext) and Turkish ones
// (ş, ğ, latin-ext) render too.
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
const WEIGHTS: Weight[] = [400, 700];

/** The CSS font-family that reaches every subset. */
export const ogFontFamily = SUBSETS.map((subset) => `'Inter ${subset}'`).join(', ');

let loading: Promise<OgFont[]> | undefined;

/** The fonts of the Open Graph cards, read from disk once per server (never from the network). */
export function ogFonts(): Promise<OgFont[]> {
  // turbopackIgnore: files read at run time from node_modules, not modules for the build to bundle.
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@fontsource', 'inter', 'files');
  loading ??= Promise.all(
    SUBSETS.flatMap((subset) =>
      WEIGHTS.map(async (weight) => ({
        name: `Inter ${subset}`,
        weight,
        style: 'normal' as const,
        data: await readFile(path.join(dir, `inter-${subset}-${weight}-normal.woff`)),
      })),
    ),
  );
  return loading;
}
