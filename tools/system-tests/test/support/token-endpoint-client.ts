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
function tokenEndpoint(): URL {
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

/** What the server did with a body streamed at it. */
export interface StreamedBodyOutcome {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read the OAuth fields they expect
  readonly body: any;
  /** Bytes of the body handed to the socket before the answer arrived (or the socket closed). */
  readonly bytesSent: number;
}

/**
 * Streams up to `totalBytes` of form-looking junk as a chunked token request, generated on the
 * fly chunk by chunk (never held whole); stops sending once the server answers.
 */
export function streamTokenRequestBody(totalBytes: number): Promise<StreamedBodyOutcome> {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  return new Promise((resolve, reject) => {
    let bytesSent = 0;
    let answered = false;
    const sent = request(
      tokenEndpoint(),
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'transfer-encoding': 'chunked',
        },
      },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (data: Buffer) => chunks.push(data));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(text), bytesSent });
          sent.destroy();
        });
      },
    );
    // The bytes as they arrive, beside the HTTP parser: the server stops draining the refused
    // body after a while and closes, and a write that meets the closed connection fails the
    // request before a starved test process has parsed an answer it already holds.
    const received: Buffer[] = [];
    sent.on('socket', (socket) => socket.on('data', (data: Buffer) => received.push(data)));
    // The server may close the connection once it has answered: a reset is how the send ends.
    sent.on('error', (error) => {
      if (answered) return;
      const held = answerIn(Buffer.concat(received).toString('utf8'));
      if (held) resolve({ ...held, bytesSent });
      else reject(error);
    });
    // One chunk at a time, each after the last was flushed and the event loop had a turn: an
    // answer that has arrived is read before the next write meets a connection already closed.
    const pump = () => {
      if (answered) return;
      if (bytesSent >= totalBytes) {
        sent.end();
        return;
      }
      bytesSent += chunk.length;
      sent.write(chunk, () => setImmediate(pump));
    };
    pump();
  });
}

/** The status and JSON body of a whole HTTP/1.1 answer in `raw`, or undefined if it has not all come. */
function answerIn(raw: string): { status: number; body: unknown } | undefined {
  const status = /^HTTP\/1\.1 (\d{3}) /.exec(raw)?.[1];
  const bodyText = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  const jsonText = bodyText.slice(bodyText.indexOf('{'), bodyText.lastIndexOf('}') + 1);
  if (status === undefined || jsonText === '') return undefined;
  try {
    return { status: Number(status), body: JSON.parse(jsonText) };
  } catch {
    return undefined;
  }
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
