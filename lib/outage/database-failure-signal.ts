import diagnosticsChannel from 'node:diagnostics_channel';

// The application (bundled by Next.js) tells the production server (scripts/server.ts, which runs
// it in the same process) that a request failed because the database did not answer, so that the
// outage probe checks at once instead of at its next turn. The two do not share module instances:
// a diagnostics channel, found by name, is one object for the whole process.
const CHANNEL = 'sister-city-portal:database-failure';

/** Said by instrumentation's onRequestError when an error means the database is unreachable. */
export function signalDatabaseFailure(): void {
  diagnosticsChannel.channel(CHANNEL).publish(null);
}

/** Heard by the server's database probe; returns the way to stop listening. */
export function onDatabaseFailure(listener: () => void): () => void {
  const subscriber = () => listener();
  diagnosticsChannel.subscribe(CHANNEL, subscriber);
  return () => diagnosticsChannel.unsubscribe(CHANNEL, subscriber);
}
