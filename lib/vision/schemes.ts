import type { VisionSettings } from './settings';

/** A colour scheme of the low-vision version: every colour is read against `background`. */
type ColourScheme = {
  background: string;
  text: string;
  link: string;
  /** Secondary text (what the normal version greys out), still at least 7:1. */
  muted: string;
  /** Borders of controls and the focus outline. */
  border: string;
  /** The CSS `color-scheme`, so form controls and scrollbars match. */
  colorScheme: 'light' | 'dark';
};

/**
 * The four schemes of Russian and Kazakh public-sector sites' versions for the visually impaired.
 * Every pair reaches 7:1 (WCAG 1.4.6, AAA): lib/vision/schemes.test.ts computes them.
 */
export const COLOUR_SCHEME_VALUES: Record<VisionSettings['scheme'], ColourScheme> = {
  'black-on-white': { background: '#ffffff', text: '#000000', link: '#00007a', muted: '#333333', border: '#000000', colorScheme: 'light' },
  'white-on-black': { background: '#000000', text: '#ffffff', link: '#ffff00', muted: '#d9d9d9', border: '#ffffff', colorScheme: 'dark' },
  'blue-on-light-blue': { background: '#9dd1ff', text: '#063462', link: '#00005c', muted: '#0c2a4d', border: '#063462', colorScheme: 'light' },
  'brown-on-beige': { background: '#f7f3d6', text: '#4d4b43', link: '#2f2200', muted: '#3d3b34', border: '#4d4b43', colorScheme: 'light' },
};
