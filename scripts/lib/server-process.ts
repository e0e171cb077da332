// How the production server's process is started, the same way by `npm start`, `npm run serve`,
// the benchmark and the deployment test: its memory is sized here (docs/decisions/019).

export const SERVER_SCRIPT = 'scripts/server.ts';

/**
 * V8 lets the old generation grow to 4× what survived its last full collection when the heap may
 * reach 1 GB or more (the default here), but to 1.3–2× under a smaller limit. The server keeps
 * about 100–130 MB alive, so under load its heap swelled to 500–600 MB of garbage. Under this
 * limit it stays near 170 MB with the same throughput (measured in `npm run bench`).
 */
export const SERVER_NODE_FLAGS = ['--max-old-space-size=384'] as const;

/**
 * glibc gives each thread that allocates its own malloc arena (libuv's pool compresses, hashes and
 * reads files), and freed memory stays in them: two arenas cut the server's native memory by about
 * 150 MB after a load, with no measurable cost. A value set by the operator wins.
 */
export const SERVER_ENV = { MALLOC_ARENA_MAX: '2' } as const;

/** The command, arguments and environment that start the production server with `env`. */
export function serverProcess(env: NodeJS.ProcessEnv) {
  const withDefaults = { ...env };
  for (const [name, value] of Object.entries(SERVER_ENV)) withDefaults[name] ||= value;
  return { command: process.execPath, args: [...SERVER_NODE_FLAGS, '--import', 'tsx', SERVER_SCRIPT], env: withDefaults };
}
