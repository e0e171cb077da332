/**
 * A server action posted from another site: the browser's Origin names a host other than the one
 * the request was sent to (as a reverse proxy forwards it, X-Forwarded-Host, else Host). Next.js
 * refuses these itself, but as a 500; the proxy answers 403 first, so an attack reads as refused.
 * A request without Origin (an old browser, curl) is left to Next.js's own check.
 */
export function isForeignServerAction(method: string, headers: Headers): boolean {
  if (method !== 'POST' || !headers.has('next-action')) return false;
  const origin = headers.get('origin');
  if (!origin) return false;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" (a sandboxed frame) or garbage
  }
}
