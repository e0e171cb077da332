import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from './env';

// One client per server process; dev's hot reload would otherwise open a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  // A database that is down fails a request at once, but one that is unreachable (a dropped route,
  // a firewall) would leave it hanging: give up on a new connection after five seconds.
  globalForPrisma.prisma ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL, connectionTimeoutMillis: 5_000 }) });
  return globalForPrisma.prisma;
}
