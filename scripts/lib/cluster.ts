// Several production servers behind nginx on one machine, as `npm run start:cluster` and the
// benchmark run them: deploy/nginx/portal.conf, the file production uses, included as it is from an
// nginx.conf written into a folder of ours (pid, logs and temporary files there, nothing in
// /etc or /var), with the two small files it includes filled in (the instances, the listening port).
// See docs/decisions/027-several-instances-behind-nginx.md.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';

const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const PORTAL_NGINX_CONF = path.resolve('deploy/nginx/portal.conf');

/** Instance i (1-based) of the cluster on `port` listens on 127.0.0.1:(port + i). */
export const instancePort = (port: number, instance: number) => port + instance;

/**
 * Writes `dir`/nginx.conf, which includes deploy/nginx/portal.conf, and the files that includes:
 * portal/instances.conf (one line per instance) and portal/listen.conf. Returns nginx.conf's path.
 */
export function writeNginxConfig({ dir, port, instancePorts, accessLog = true }: { dir: string; port: number; instancePorts: number[]; accessLog?: boolean }) {
  const folder = path.resolve(dir);
  fs.mkdirSync(path.join(folder, 'portal'), { recursive: true });
  fs.mkdirSync(path.join(folder, 'temp'), { recursive: true });
  // max_fails=0: a stopped instance refuses the connection at once and the request moves on, so
  // nothing is gained by setting it aside; and a 503 during a database outage must not mark every
  // instance failed, or nginx would answer 502 instead of the copies the instances still hold.
  fs.writeFileSync(path.join(folder, 'portal', 'instances.conf'), instancePorts.map((p) => `server 127.0.0.1:${p} max_fails=0;\n`).join(''));
  fs.writeFileSync(path.join(folder, 'portal', 'listen.conf'), `listen ${port};\nserver_name localhost;\n`);
  const temp = (name: string) => `${name}_temp_path ${path.join(folder, 'temp', name)};`;
  const conf = [
    '# Written by scripts/lib/cluster.ts on every start: the process settings of this nginx only.',
    '# The proxy itself is deploy/nginx/portal.conf, as production uses it.',
    `pid ${path.join(folder, 'nginx.pid')};`,
    `error_log ${path.join(folder, 'nginx-error.log')} warn;`,
    'worker_processes 1;',
    'events { worker_connections 1024; }',
    'http {',
    // Which instance answered, and what it answered, beside what the visitor got.
    '  log_format portal \'$remote_addr [$time_local] "$request" $status $body_bytes_sent $request_time upstream=$upstream_addr status=$upstream_status\';',
    `  access_log ${accessLog ? `${path.join(folder, 'nginx-access.log')} portal buffer=64k flush=1s` : 'off'};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
    `  include ${PORTAL_NGINX_CONF};`,
    '}',
    '',
  ].join('\n');
  const file = path.join(folder, 'nginx.conf');
  fs.writeFileSync(file, conf);
  return file;
}

/** nginx in the foreground, in its own process group (stopped with its workers by stopGroup). */
export function startNginx(confFile: string): ChildProcess {
  if (!fs.existsSync(NGINX)) throw new Error(`nginx is not installed (${NGINX}): apt-get install nginx`);
  return spawn(NGINX, ['-c', confFile, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'], detached: true });
}

/** Whether a command line is an nginx master started from this config file (for clearing leftovers). */
export const isNginxOf = (confFile: string) => (commandLine: string[]) => (commandLine[0] ?? '').includes('nginx') && commandLine.join(' ').includes(confFile);
