import type { ReactNode } from 'react';
import { connection } from 'next/server';

// Public pages render whole before the response starts: no Suspense around their data, so a
// reader without JavaScript (or with a script blocked) gets every word, "Cite this" included,
// and an unknown record gets a real 404 status. The data is cached by tag, so the wait is the
// render itself. docs/decisions/006.
export const instant = false;

export default async function PublicLayout({ children }: { children: ReactNode }) {
  // Never served from a shell prerendered at build time: its scripts would lack the request's CSP
  // nonce, and the browser would block them (docs/decisions/013).
  await connection();
  return children;
}
