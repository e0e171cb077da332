// A save in a process of its own, for tests/integration/killed-save.test.ts to kill midway:
// the same data-layer call the admin's partner form makes, nothing else. Prints "ready" once
// connected, then the outcome once the save returns. Run with --conditions=react-server.
import { requireActor } from '@/lib/server/auth/actor';
import { updatePartner } from '@/lib/server/partners/mutations';
import { partnerInputSchema } from '@/lib/schemas/partner';

const { SAVE_COOKIE = '', SAVE_PARTNER_ID = '', SAVE_VERSION = '', SAVE_INPUT = '{}' } = process.env;
const input = partnerInputSchema.parse(JSON.parse(SAVE_INPUT));
const headers = new Headers({ cookie: SAVE_COOKIE });
// Connect and check the session once first, so that a kill timed from "ready" lands on the save.
await requireActor(headers, 'editor');
process.stdout.write('ready\n');
const outcome = await updatePartner(headers, SAVE_PARTNER_ID, Number(SAVE_VERSION), input);
process.stdout.write(`${JSON.stringify(outcome)}\n`);
process.exit(0);
