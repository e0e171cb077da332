import type { ReactNode } from 'react';
import { connection } from 'next/server';

// The sign-in and set-password pages are rendered per request, never from a shell prerendered at
// build time: its scripts would lack the request's CSP nonce and the browser would block them, and
// these forms need their script (docs/decisions/013). They read the request anyway.
export const instant = false;

export default async function AdminAuthLayout({ children }: { children: ReactNode }) {
  await connection();
  return children;
}
