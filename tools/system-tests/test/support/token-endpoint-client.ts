import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { inject } from 'vitest';
import './provided-context.js';

/** A token endpoint's answer, read whole. */
export interface TokenAnswer {
  readonly status: number;
  readonly retryAfter: string | undefined;
  // biome-ignore lint/suspicious/noExplicitAny: tests read the OAuth fields they expect
  readonly body: any;
}

/**
 * The stack's token endpoint on the IPv4 loopback: the whole 127.0.0.0/8 block is loopback on
 * Linux, so a request can leave from any of its addresses and the stack sees a distinct peer.
 */
export function tokenEndpoint(): URL {
  const url = new URL(inject('gatewayTokenUrl'));
  url.hostname = '127.0.0.1';
  return url;
}

/** A client-credentials token request sent from `sourceAddress` (a 127.x.y.z address). */
export function requestTokenFrom(
  sourceAddress: string,
  credentials: { readonly clientId: string; readonly clientSecret: string },
): Promise<TokenAnswer> {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
  }).toString();
  return new Promise((resolve, reject) => {
    const sent = request(
      tokenEndpoint(),
      {
        method: 'POST',
        localAddress: sourceAddress,
        agent: false,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: response.headers['retry-after'],
            body: JSON.parse(text),
          });
        });
        response.on('error', reject);
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

/**
 * The process the stack runs in: vitest's main process, where the global setup started it;
 * test files run in forked workers, its children.
 */
export function stackProcess(): { readonly pid: number; cpuMs(): number; rssKiB(): number } {
  const pid = process.ppid;
  const clockTicksPerSecond = 100;
  return {
    pid,
    cpuMs: () => {
      // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name): user and system time.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      return (ticks * 1000) / clockTicksPerSecond;
    },
    rssKiB: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
    },
  };
}
