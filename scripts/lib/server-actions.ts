// Only the app's server actions (the exports of its 'use server' files) may be called by a client.
// Next.js registers every 'use cache' function as a server reference too, and its action handler
// runs one for any POST that names its id in `Next-Action`, with the caller's own arguments. The
// server refuses such a call, and any id that is no action of this build, before Next sees it.
// See docs/decisions/021-only-server-actions-are-callable.md.
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { z } from 'zod';

const referenceManifest = z.object({ node: z.record(z.string(), z.object({ exportedName: z.string().optional() })) });

/**
 * Next's server reference ids begin with an information byte whose high bit marks a 'use cache'
 * function (vercel/next.js#75794, `extractInfoFromServerReferenceId` in next/dist/shared/lib/
 * server-reference-info.js); a server action's is clear.
 */
export const isCacheFunctionId = (id: string) => (Number.parseInt(id.slice(0, 2), 16) & 0x80) !== 0;

/** The ids of the server actions in a build, from the manifest Next writes beside the server code. */
export function serverActionIds(distDir: string): ReadonlySet<string> {
  const file = path.join(distDir, 'server', 'server-reference-manifest.json');
  const { node } = referenceManifest.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return new Set(Object.keys(node).filter((id) => !isCacheFunctionId(id)));
}

/** A POST naming, in `Next-Action`, a server reference that is not one of these actions. */
export function callsNoServerAction(method: string | undefined, nextAction: string | string[] | undefined, actions: ReadonlySet<string>): boolean {
  if (method !== 'POST' || nextAction === undefined) return false;
  return !actions.has(Array.isArray(nextAction) ? (nextAction[0] ?? '') : nextAction);
}

/** Next's own answer to an action it does not know: the client router reads the header and reloads. */
export function refuseActionCall(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'x-nextjs-action-not-found': '1', 'Cache-Control': 'no-store' });
  res.end('Server action not found.');
}
