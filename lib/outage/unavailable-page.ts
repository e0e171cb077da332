import { createHash } from 'node:crypto';
import { CATALOGUES } from '@/lib/i18n/catalogues';
import type { AppLocale } from '@/i18n/routing';
import { STATIC_SECURITY_HEADER_FIELDS } from '@/lib/security/headers';

export const RETRY_AFTER_SECONDS = 30;

// Served without the application (its pages need the database), so it carries its own few
// styles in the portal's colours, and a policy that allows exactly those styles and nothing else.
const STYLE = [
  'body{margin:0;font-family:system-ui,sans-serif;color:#0f172a;background:#fff;line-height:1.5}',
  'header{background:#083a5a;color:#fff;padding:12px 16px;font-weight:700;font-size:1.125rem}',
  'main{max-width:42rem;margin:0 auto;padding:48px 16px;text-align:center}',
  'h1{font-size:1.875rem;margin:0 0 16px}',
  'p{font-size:1.125rem;color:#334155;margin:0 0 12px}',
  '@media (prefers-color-scheme:dark){body{background:#020617;color:#f1f5f9}p{color:#cbd5e1}}',
].join('');
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type Notice = { status: number; headers: Record<string, string>; body: string };

/** The "temporarily unavailable" page in the visitor's language, with status 503 and when to retry. */
export const unavailablePage = (locale: AppLocale): Notice => noticePage(locale, 'Unavailable', 503, RETRY_AFTER_SECONDS);

/** The "too many requests" page in the visitor's language, with status 429 and when to retry. */
export const tooManyRequestsPage = (locale: AppLocale, retryAfterSeconds: number): Notice => noticePage(locale, 'TooManyRequests', 429, retryAfterSeconds);

function noticePage(locale: AppLocale, namespace: 'Unavailable' | 'TooManyRequests', status: number, retryAfterSeconds: number): Notice {
  const t = CATALOGUES[locale][namespace];
  const site = CATALOGUES[locale].Metadata.siteName;
  const body =
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escapeHtml(`${t.title} — ${site}`)}</title><style>${STYLE}</style></head>` +
    `<body><header>${escapeHtml(site)}</header><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.lead)}</p><p>${escapeHtml(t.retry)}</p></main></body></html>`;
  return {
    status,
    headers: {
      // The application's own headers never reach this page: the same set is added here.
      ...STATIC_SECURITY_HEADER_FIELDS,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(retryAfterSeconds),
      'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`,
    },
    body,
  };
}
