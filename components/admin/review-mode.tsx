'use client';

import { createContext, useContext, type ReactNode } from 'react';

const ReviewModeContext = createContext(false);

/** Whether two-person review is on, for the record forms inside (docs/decisions/044). */
export function ReviewMode({ on, children }: { on: boolean; children: ReactNode }) {
  return <ReviewModeContext value={on}>{children}</ReviewModeContext>;
}

export const useReviewMode = () => useContext(ReviewModeContext);
