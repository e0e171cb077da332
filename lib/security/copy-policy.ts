import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const NONCE_SOURCE = /'nonce-[^']*'/g;
const NONCE_PREFIX = "'nonce-";
const TYPE = /\stype\s*=\s*["']?([^"'\s>]+)/i;
// A script of another type is a data block (JSON-LD): the browser never runs it, so it needs no source.
const isCode = (attributes: string) => {
  const type = TYPE.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
};

/**
 * The Content-Security-Policy of a page sent again from a copy. The page was rendered for one
 * request, whose nonce its inline scripts carry; a nonce must never serve twice, so the copy's
 * policy allows exactly those scripts by their SHA-256 instead (CSP Level 2 hash sources; the
 * script files stay allowed by 'self'). A policy without a nonce is returned as it is, without reading the body.
 */
export function policyForCopy(policy: string, html: string | Buffer): string {
  // Files and API answers carry a static policy: their body (the CSV export is 16 MB) is never read.
  if (!policy.includes(NONCE_PREFIX)) return policy;
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of (typeof html === 'string' ? html : html.toString('utf8')).matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes) || !isCode(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  const sources = [...hashes].join(' ');
  // Only script-src names the nonce; an empty page keeps 'self' and no inline script.
  return policy.replace(NONCE_SOURCE, sources).replace(/ {2,}/g, ' ').replace(/ ;/g, ';');
}
