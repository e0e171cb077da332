// npm run db:seed [-- --dataset shymkent|kazan|almaty-region]: loads a demo dataset into the database at
// DATABASE_URL. Refuses a database that already holds content.
import './lib/load-env';
import { parseArgs } from 'node:util';
import { datasets, isDatasetName, seedDataset } from '@/prisma/seed/seed-dataset';
import { requireDatabaseUrl } from './lib/database-url';
import { createPrismaClient } from './lib/prisma';

const { values } = parseArgs({ options: { dataset: { type: 'string', default: 'shymkent' } } });
const name = values.dataset;
if (!isDatasetName(name)) {
  console.error(`Unknown dataset "${name}". Choose one of: ${Object.keys(datasets).join(', ')}.`);
  process.exit(1);
}
const prisma = createPrismaClient(requireDatabaseUrl());
try {
  const outcome = await seedDataset(prisma, datasets[name]);
  if (!outcome.seeded) {
    console.error(`Not seeded: ${outcome.reason}. The demo seed only fills an empty database.`);
    process.exitCode = 1;
  } else {
    const { partners, agreements, events } = outcome.counts;
    console.log(`Seeded the ${name} dataset: ${partners} partners, ${agreements} agreements, ${events} events.`);
  }
} finally {
  await prisma.$disconnect();
}
