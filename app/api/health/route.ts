import { connection } from 'next/server';
import { databaseAnswers } from '@/lib/server/database/health';

const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

/** For monitors and load balancers: 200 while the portal can serve everything, 503 while its database is down. */
export async function GET(): Promise<Response> {
  await connection();
  const up = await databaseAnswers();
  return Response.json(
    { status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down', checkedAt: new Date().toISOString() },
    { status: up ? 200 : 503, headers: up ? HEADERS : { ...HEADERS, 'Retry-After': '30' } },
  );
}

export async function HEAD(): Promise<Response> {
  const response = await GET();
  return new Response(null, { status: response.status, headers: response.headers });
}
