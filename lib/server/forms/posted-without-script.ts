import 'server-only';
import type { ActionResult } from '@/lib/forms/action-result';

// A form posted without JavaScript runs its server action, then Next renders the page in the same
// request. Next hands the action's result to React as the form state, but a page with a static
// shell (every page here, under cacheComponents) is finished by React's `resume()`, which takes no
// form state: the HTML came back as if nothing had been posted (decision 033). So the action leaves
// its result here under the request's id, and the page takes it and gives it to useActionState as
// the initial state. Exit: when Next passes the form state to a resumed render, delete this module.

const HOLD_MS = 30_000; // the page render follows within milliseconds; anything older was never read
const MAX_HELD = 1_000;
const held = new Map<string, { result: ActionResult; at: number }>();

/** Only a post without JavaScript (no `Next-Action` header) is followed by a page render that reads it. */
export function holdForPage(headers: Headers, result: ActionResult): void {
  const requestId = headers.get('x-request-id');
  if (!requestId || headers.has('next-action')) return;
  const now = Date.now();
  for (const [id, entry] of held) if (now - entry.at > HOLD_MS || held.size >= MAX_HELD) held.delete(id);
  held.set(requestId, { result, at: now });
}

/** The result of the form this request posted without JavaScript, once; null for any other request. */
export function takeForPage(headers: Headers): ActionResult | null {
  const requestId = headers.get('x-request-id');
  const entry = requestId ? held.get(requestId) : undefined;
  if (!requestId || !entry) return null;
  held.delete(requestId);
  return entry.result;
}
