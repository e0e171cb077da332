import 'server-only';

/**
 * What a content mutation tells its caller. Expected failures are values, not exceptions: the form
 * shows them next to the editor's input, which it keeps.
 */
export type MutationOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; error: 'notFound' }
  | { ok: false; error: 'conflict'; current: { version: number; updatedAt: Date } }
  | { ok: false; error: 'invalid'; fieldErrors: Record<string, string> }
  /** Other records still refer to it (a partner with agreements or events cannot be purged). */
  | { ok: false; error: 'inUse' };

export const succeeded = <T>(value: T): MutationOutcome<T> => ({ ok: true, value });
export const notFound = { ok: false, error: 'notFound' } as const;

/** Prisma's unique-constraint violation (P2002) on one of these columns. */
export function isUniqueViolation(error: unknown, column: string): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error) || error.code !== 'P2002') return false;
  return JSON.stringify('meta' in error ? error.meta : {}).includes(column);
}

/**
 * A CHECK or constraint trigger of this name refused the write. The database names the constraint
 * in its message (the triggers of decision 029 raise it by name), whatever layer wraps the error.
 */
export function isConstraintViolation(error: unknown, constraint: string): boolean {
  const text = (value: unknown): string => (value instanceof Error ? `${value.message} ${text(value.cause)}` : '');
  return text(error).includes(constraint);
}
