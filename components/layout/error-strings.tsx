'use client';

import { createContext, useContext, type ReactNode } from 'react';

/** The error page's strings, formatted on the server; `reference` still holds `{digest}`. */
export type ErrorStrings = { title: string; lead: string; reference: string; retry: string };

const ErrorStringsContext = createContext<ErrorStrings | null>(null);

/**
 * Hands the error page (app/[locale]/error.tsx, which has no server parent to pass it props) its
 * strings. A provider of our own rather than next-intl's: that one brings the whole message
 * formatter into every public page's first load, for four strings.
 */
export function ErrorStringsProvider({ strings, children }: { strings: ErrorStrings; children: ReactNode }) {
  return <ErrorStringsContext value={strings}>{children}</ErrorStringsContext>;
}

export function useErrorStrings(): ErrorStrings {
  const strings = useContext(ErrorStringsContext);
  if (!strings) throw new Error('useErrorStrings needs an ErrorStringsProvider above it (app/[locale]/layout.tsx)');
  return strings;
}
