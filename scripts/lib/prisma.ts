import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** A Prisma client for command-line scripts (the app's own client lives in lib/server/db.ts). */
export const createPrismaClient = (url: string) => new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
