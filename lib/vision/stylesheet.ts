import { COLOUR_SCHEME_VALUES } from './schemes';
import type { VisionSettings } from './settings';

const TEXT_SCALE: Record<VisionSettings['size'], string> = { normal: '100%', large: '150%', largest: '200%' };

/** What marks a choice in the bar: the button's `data-vision-choice`. */
export const visionChoiceKey = (setting: string, value: string) => `${setting}:${value}`;

/**
 * The stylesheet every page links to (docs/decisions/047): empty for the normal version; for the
 * low-vision version, the rules that show the bar, mark its current choices, and apply the settings.
 * Its rules are outside any cascade layer, so they win over every Tailwind utility (which are all
 * layered) whatever their specificity, without `!important`.
 */
export function visionStylesheet(settings: VisionSettings | null): string {
  if (!settings) return '';
  const c = COLOUR_SCHEME_VALUES[settings.scheme];
  const rules = [
    `:root { color-scheme: ${c.colorScheme}; font-size: ${TEXT_SCALE[settings.size]}; --vision-bg: ${c.background}; --vision-text: ${c.text}; --vision-link: ${c.link}; --vision-muted: ${c.muted}; --vision-border: ${c.border}; }`,
    // One background and one text colour everywhere: opaque, so an overlay (the phone menu) stays readable.
    'html, body, body * { background-color: var(--vision-bg); background-image: none; color: inherit; border-color: var(--vision-border); box-shadow: none; text-shadow: none; }',
    'body { color: var(--vision-text); }',
    // Reflow (WCAG 1.4.10) at up to 200 % text on a 320 px screen: rows wrap, and a word longer
    // than the line breaks, rather than the page scrolling sideways. Forms keep a field and its button together.
    'body { overflow-wrap: anywhere; }',
    ':is(.flex, .inline-flex):not(form) { flex-wrap: wrap; }',
    '[class*="text-slate-4"], [class*="text-slate-5"], [class*="text-slate-6"] { color: var(--vision-muted); }',
    'a, a:hover { color: var(--vision-link); text-decoration-line: underline; }',
    'input, select, textarea, button, summary { border: 2px solid var(--vision-border); }',
    '::placeholder { color: var(--vision-muted); opacity: 1; }',
    ':focus-visible { outline: 3px solid var(--vision-border); outline-offset: 2px; }',
    // The drawings: text in the scheme's colour on a halo of its background, shapes outlined.
    'svg text { fill: var(--vision-text); }',
    'svg text[paint-order] { stroke: var(--vision-bg); }',
    'svg :is(rect, path):not([fill]):not([fill] > *) { fill: var(--vision-bg); stroke: var(--vision-text); }',
    'svg circle:not([fill]):not([fill] > *) { fill: var(--vision-link); stroke: var(--vision-bg); }',
    'svg [fill="none"], svg [fill="none"] > * { stroke: var(--vision-text); }',
    // The bar, hidden in the normal version by the page's own classes; the current choices inverted.
    '[data-vision-bar] { display: block; }',
    `:is(${currentChoices(settings)}), :is(${currentChoices(settings)}) * { background-color: var(--vision-text); color: var(--vision-bg); }`,
    `:is(${currentChoices(settings)}) [data-vision-current] { display: inline; position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }`,
  ];
  if (settings.images === 'hidden') {
    rules.push('img { display: none; }', '[data-vision-alt] { display: block; padding: 0.5rem 1rem; border: 2px dashed var(--vision-border); }');
  }
  if (settings.spacing === 'wide') {
    // WCAG 1.4.12's text spacing, and more room between lines.
    rules.push('body * { letter-spacing: 0.12em; word-spacing: 0.16em; line-height: 2; }');
  }
  return `${rules.join('\n')}\n`;
}

function currentChoices(settings: VisionSettings): string {
  return Object.entries(settings)
    .map(([setting, value]) => `[data-vision-choice="${visionChoiceKey(setting, value)}"]`)
    .join(', ');
}
