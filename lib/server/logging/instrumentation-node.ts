import 'server-only';
import { productionConfigProblem } from '@/lib/config/environment';
import { errorLogLine, formatLogLine } from '@/lib/logging/request-log';
import { signalDatabaseFailure } from '@/lib/outage/database-failure-signal';
import { isDatabaseUnavailable } from '../database/unavailable';
import { removeStaleTemporaryFiles } from '../media/storage';

// The Node.js half of instrumentation.ts (imported only when NEXT_RUNTIME is nodejs, so the
// edge compilation of instrumentation.ts never sees process.exit or process.stdout).

/** A bad production configuration stops the server with one line naming the variable, no stack trace. */
export function checkProductionConfig() {
  if (process.env.NODE_ENV !== 'production') return;
  const problem = productionConfigProblem(process.env);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exit(1);
  }
}

/** Uploads a crash interrupted, on this instance or another sharing the media folder (docs/decisions/009); in the background. */
export function removeInterruptedUploads() {
  void removeStaleTemporaryFiles().catch((error: unknown) => process.stderr.write(`Could not remove interrupted uploads: ${String(error)}\n`));
}

/**
 * One JSON line per application error, with the request id scripts/server.ts put on the request;
 * an error that means the database is unreachable also wakes the server's outage probe. Any other
 * error (a bug, a malformed request) does not: the probe opens a connection of its own.
 */
export function logRequestError(error: unknown, request: { path: string; method: string; headers: NodeJS.Dict<string | string[]> }) {
  const header = request.headers['x-request-id'];
  const details = typeof error === 'object' && error !== null ? (error as { message?: unknown; digest?: unknown }) : { message: String(error) };
  process.stdout.write(
    formatLogLine(errorLogLine(details, { requestId: Array.isArray(header) ? header[0] : header, method: request.method, path: request.path })),
  );
  if (isDatabaseUnavailable(error)) signalDatabaseFailure();
}
