// npm run db:migrate[:new|:check|:status|:resolve-rolled-back]: the offline equivalents of
// `prisma migrate deploy|dev --create-only|diff|status|resolve --rolled-back`.
import './lib/load-env';
import { createMigration, deployMigrations, markRolledBack, migrationStatus, pendingSchemaSql } from './lib/migrations';
import { requireDatabaseUrl } from './lib/database-url';

const [command, name] = process.argv.slice(2);

async function main(): Promise<number> {
  switch (command) {
    case 'create': {
      if (!name) throw new Error('usage: npm run db:migrate:new -- <name>');
      const dir = await createMigration(name);
      console.log(dir ? `Created ${dir}/migration.sql` : 'No schema changes: no migration created.');
      return 0;
    }
    case 'check': {
      const sql = await pendingSchemaSql();
      if (!sql) {
        console.log('prisma/schema.prisma matches prisma/migrations.');
        return 0;
      }
      console.error(`Drift: prisma/schema.prisma differs from prisma/migrations. Missing SQL:\n${sql}\nRun: npm run db:migrate:new -- <name>`);
      return 1;
    }
    case 'deploy': {
      const applied = await deployMigrations(requireDatabaseUrl());
      console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'No pending migrations to apply.');
      return 0;
    }
    case 'status': {
      const status = await migrationStatus(requireDatabaseUrl());
      console.log(JSON.stringify(status, null, 1));
      return status.upToDate ? 0 : 1;
    }
    case 'resolve': {
      if (!name) throw new Error('usage: npm run db:migrate:resolve-rolled-back -- <migration folder name>');
      await markRolledBack(requireDatabaseUrl(), name);
      console.log(`Marked ${name} as rolled back.`);
      return 0;
    }
    default:
      throw new Error('usage: migrate.ts create <name> | check | deploy | status | resolve <name>');
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
