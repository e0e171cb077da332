import localFont from 'next/font/local';

// Inter, bundled from npm (@fontsource-variable/inter; no font is fetched from the network at build
// or run time), one variable file per script with fontsource's own unicode ranges: a browser loads
// only the files whose characters a page uses. A Russian page needs about 70 KB instead of the
// 353 KB of the whole font, which held back the mobile LCP by seconds. Cyrillic Extended holds the
// Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ (І is in Cyrillic); every page uses all three through the language
// switcher, so they are preloaded. Latin Extended (Polish, Turkish, Czech names…) loads on demand.
// Only the first face gets next/font's metric-matched fallback: a fallback listed before the other
// faces would draw their characters itself (Arial has Cyrillic).
const latin = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
});
const cyrillic = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-cyrillic-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' }],
});
const cyrillicExtended = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-cyrillic-ext-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F' }],
});
const latinExtended = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
    },
  ],
});

const families = (font: { style: { fontFamily: string } }) => font.style.fontFamily.split(/,\s*/);
const [latinFace, latinFallback] = families(latin);

/** The `font-family` list of the site's text: the four faces, then the metric-matched fallback. */
export const interFamily = [latinFace, ...[cyrillic, cyrillicExtended, latinExtended].map((font) => families(font)[0]), latinFallback]
  .filter(Boolean)
  .join(', ');
