import type { Instrumentation } from 'next';

// Runs in the server process whichever way it was started: scripts/server.ts (npm start) checks
// the configuration before loading Next, but a deployment may run `next start` on the build
// directly, and must refuse a bad configuration just the same.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const node = await import('@/lib/server/logging/instrumentation-node');
  node.checkProductionConfig();
  node.removeInterruptedUploads();
}

// An error while rendering or in a route handler, server action or proxy: one JSON line with the
// request id, the path without its query, the message and the digest the error page shows.
// Next still prints its own report of the error after it.
export const onRequestError: Instrumentation.onRequestError = async (error, request) => {
  if (process.env.NEXT_RUNTIME === 'nodejs') (await import('@/lib/server/logging/instrumentation-node')).logRequestError(error, request);
};
