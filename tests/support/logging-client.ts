import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

type Holder = { prisma?: PrismaClient };

/**
 * Puts a Prisma client that reports every query it sends where the data layer's db() keeps its
 * client, so a test sees the SQL the real read functions send (query counts, EXPLAIN).
 */
export function installLoggingClient(url: string, onQuery: (query: { query: string; params: string }) => void): void {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event));
  (globalThis as unknown as Holder).prisma = client;
}

export async function removeLoggingClient(): Promise<void> {
  await (globalThis as unknown as Holder).prisma?.$disconnect();
  delete (globalThis as unknown as Holder).prisma;
}
