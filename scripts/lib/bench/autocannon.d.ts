// The part of autocannon 9's API the benchmark's load process and the cluster tests use (the package ships no types).
declare module 'autocannon' {
  type Options = {
    url: string;
    connections: number;
    /** Seconds of load; or, with `amount`, that many requests, then stop. */
    duration?: number;
    amount?: number;
    timeout?: number;
    headers?: Record<string, string>;
    /** Each connection sends these in turn, over and over. */
    requests?: {
      method?: string;
      path: string;
      headers?: Record<string, string>;
      body?: string;
      /** Changes each request before it is sent (its path, say). */
      setupRequest?: <R extends { path: string }>(request: R) => R;
    }[];
  };
  type Histogram = { average: number; mean: number; total: number; p50: number; p99: number };
  export type Result = {
    duration: number;
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    mismatches: number;
    resets: number;
    '1xx': number;
    '2xx': number;
    '3xx': number;
    '4xx': number;
    '5xx': number;
    statusCodeStats: Record<string, { count: number }>;
  };
  type Instance = {
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): Instance;
    stop(): void;
  };
  export default function autocannon(options: Options, done: (error: Error | null, result: Result) => void): Instance;
}
