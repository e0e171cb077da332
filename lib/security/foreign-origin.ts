/**
 * A form posted to a page from another site: the browser's Origin names a host other than the one
 * the request was sent to (as a reverse proxy forwards it, X-Forwarded-Host, else Host). With
 * JavaScript it is a server action (`Next-Action`); without, a plain multipart or urlencoded form
 * that Next.js may still take for one. Next.js refuses the first and the multipart kind itself,
 * but as a 500; the proxy answers every such POST 403 first, so an attack reads as refused. No
 * page takes a post from elsewhere. A request without Origin (an old browser, curl) is left to
 * Next.js's own checks.
 */
export function isForeignSubmission(method: string, headers: Headers): boolean {
  if (method !== 'POST') return false;
  const origin = headers.get('origin');
  if (!origin) return false;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" (a sandboxed frame) or garbage
  }
}
