import 'server-only';
import { db } from '../db';

const TIMEOUT_MS = 2_000;

/**
 * Whether the database answers a trivial query within two seconds. Public by design (it reveals
 * only up or down), for `/api/health` and the load balancer or monitor that polls it.
 */
export async function databaseAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), TIMEOUT_MS);
  });
  const query = db().$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
