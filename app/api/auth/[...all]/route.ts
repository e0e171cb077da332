import { toNextJsHandler } from 'better-auth/next-js';
import { auth } from '@/lib/server/auth/auth';

// better-auth's HTTP endpoints (sign-in, sign-out, session, set-password), with its rate limit.
// The instance is resolved per request: `next build` loads this module without a database.
export const GET = (request: Request) => toNextJsHandler(auth()).GET(request);
export const POST = (request: Request) => toNextJsHandler(auth()).POST(request);
