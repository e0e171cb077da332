import localFont from 'next/font/local';

// Bundled from npm (inter-ui): one file with full Cyrillic including the Kazakh letters
// Ә Ғ Қ Ң Ө Ұ Ү Һ І. No font is fetched from the network at build or run time.
export const inter = localFont({
  src: '../node_modules/inter-ui/variable/InterVariable.woff2',
  display: 'swap',
  variable: '--font-inter',
});
