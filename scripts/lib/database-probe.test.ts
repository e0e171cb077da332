import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDatabaseProbe } from './database-probe';

// A stand-in for a PostgreSQL that accepts connections and never answers (the slowest failure):
// it counts how many connections the probe holds open at once.
let open = 0;
let mostOpen = 0;
let accepted = 0;
const sockets = new Set<Socket>();
const server = createServer((socket) => {
  accepted += 1;
  open += 1;
  mostOpen = Math.max(mostOpen, open);
  sockets.add(socket);
  socket.resume(); // reads (and ignores) the startup message, and so sees the probe hang up
  socket.on('error', () => {});
  socket.once('close', () => {
    open -= 1;
    sockets.delete(socket);
  });
});
let url = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `postgresql://portal:pw@127.0.0.1:${(server.address() as AddressInfo).port}/portal`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('startDatabaseProbe', () => {
  it('runs one check at a time: many failing requests at once share it and open one connection', async () => {
    const probe = startDatabaseProbe(url, { intervalMs: 60_000, timeoutMs: 300 });
    try {
      const answers = await Promise.all(Array.from({ length: 200 }, () => probe.check()));
      expect(new Set(answers)).toEqual(new Set([true])); // one failure is not yet an outage
      expect(accepted).toBe(1);
      expect(mostOpen).toBe(1);
      while (open > 0) await new Promise((resolve) => setTimeout(resolve, 10)); // the server's side of the closed connection
      // The next check, once that one is over, opens the next connection, and a second failure in a row is an outage.
      expect(await Promise.all([probe.check(), probe.check()])).toEqual([false, false]);
      expect(accepted).toBe(2);
      expect(mostOpen).toBe(1);
      expect(probe.isUp()).toBe(false);
    } finally {
      probe.stop();
    }
  });
});
