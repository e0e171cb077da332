/**
 * The security headers of every response (docs/decisions/013). Pure, because two places need the
 * same values: the proxy (pages, with a fresh nonce per request) and next.config.ts `headers()`
 * (everything the proxy's matcher skips: /api, /_next, files with an extension).
 */

export type Header = { key: string; value: string };

/** Which policy a response gets; the pages one needs the request's nonce. */
export type PolicyOptions = {
  /** `next dev` needs 'unsafe-eval' for React's error overlay; production never does. */
  development: boolean;
  /** The site is served over https in production: HSTS and upgrade-insecure-requests are safe then. */
  https: boolean;
};

const common = ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"];

function join(directives: string[]): string {
  return directives.join('; ');
}

/**
 * The policy of a rendered page. Inline scripts run only with this request's nonce (Next.js reads
 * it from the request's CSP header and puts it on the scripts it renders). Script files come from
 * 'self': the site's own chunks, nothing else. No 'strict-dynamic', which would drop 'self': the
 * not-found page is served from a shell prerendered at build time, whose chunk tags have no nonce
 * (its inline scripts come with the response and do). No script file can be uploaded: media are
 * images and PDFs, sent as such with nosniff, which browsers refuse to run. Styles allow
 * 'unsafe-inline' because React writes `style` attributes (the data table's minimum width), which a
 * nonce cannot cover; a style cannot run script.
 */
export function pageContentSecurityPolicy(nonce: string, { development, https }: PolicyOptions): string {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce)) throw new Error('a CSP nonce must be base64');
  return join([
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    // data: for small images written into a page or stylesheet; an image cannot run script.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    ...common,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ]);
}

/**
 * Responses the proxy never sees (API JSON, feeds, sitemap, static chunks, a 404 under a dotted
 * path). None of them needs an inline script; the few HTML documents among them (Next's 404) keep
 * their stylesheets and chunks but cannot run inline code.
 */
export const STATIC_CONTENT_SECURITY_POLICY = join([
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  ...common,
]);

/**
 * Uploaded files are never a page: no script, plugin, form or frame even if a browser tried to
 * render one as a document. Chromium shows an image in its own small document with inline styles,
 * hence img-src and style-src.
 */
export const MEDIA_CONTENT_SECURITY_POLICY = join([
  "default-src 'none'",
  "img-src 'self'",
  "style-src 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  'sandbox',
]);

/** One year, the usual HSTS lifetime; no `preload`, which is a commitment for the domain's owner. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * The headers that do not depend on the request: set by next.config.ts on every response.
 * Permissions-Policy lists only features browsers know (an unknown name logs a console error).
 */
export const STATIC_SECURITY_HEADERS: readonly Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), magnetometer=(), gyroscope=(), accelerometer=()' },
  // For browsers without CSP frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  // No window another site opens shares a browsing context group with ours, and no other site
  // may load our responses as images, scripts or frames: the open-data routes below excepted.
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** The same headers as an object, for a response our own server writes before Next.js sees the request. */
export const STATIC_SECURITY_HEADER_FIELDS: Readonly<Record<string, string>> = Object.fromEntries(
  STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value]),
);

/**
 * The open-data API and the feeds are meant for other sites (CORS allows any origin), and a page
 * elsewhere may load them without CORS too (a calendar link, a feed reader in the browser):
 * next.config.ts sets this after the headers above, and the later value wins.
 */
export const OPEN_DATA_SOURCES = [
  '/api/v1/:path*',
  '/:locale/events.ics',
  '/:locale/feed.xml',
  '/:locale/cooperation.xml',
  '/:locale/partners/:slug/events.ics',
] as const;
export const OPEN_DATA_RESOURCE_POLICY: Header = { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' };

/** HSTS only where it is true: a production server whose public address is https. */
export function usesHttps(nodeEnv: string | undefined, siteUrl: URL): boolean {
  return nodeEnv === 'production' && siteUrl.protocol === 'https:';
}

/** A fresh, unguessable nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
