import { request } from 'node:http';

/** What a server answered to a body that would not end, and how much had been sent by then. */
export interface EndlessUploadOutcome {
  readonly status: number;
  readonly body: string;
  /** Bytes of the body handed to the socket before the answer's head arrived. */
  readonly bytesSentBeforeAnswer: number;
}

const CHUNK_BYTES = 64 * 1024;

/**
 * POSTs a chunked body that never ends (no `Content-Length`, so a server cannot refuse it from
 * the headers alone), generated chunk by chunk, never held whole. It sends until the answer's
 * head arrives or `sendAtMostBytes` have gone, then stops writing and waits up to
 * `answerWithinMs` for the answer with the body still open: a server that reads on instead of
 * refusing never answers, and the wait fails saying so.
 *
 * It stops writing rather than ending the body because a write that meets a connection the
 * server closed after answering draws a reset, and on Linux a reset discards an answer the
 * client has received but not yet read (on a starved test machine, easily). For the same
 * reason the raw bytes are kept as they arrive, and an answer they hold whole still counts if
 * the connection is then reset.
 */
export function streamEndlessUpload(
  url: URL,
  options: {
    readonly headers: Readonly<Record<string, string>>;
    /** Written before the endless filler, e.g. the start of a JSON string. */
    readonly opening?: string;
    readonly sendAtMostBytes: number;
    readonly answerWithinMs?: number;
  },
): Promise<EndlessUploadOutcome> {
  const chunk = Buffer.alloc(CHUNK_BYTES, 0x61);
  const upload = request(url, {
    method: 'POST',
    agent: false,
    headers: { ...options.headers, 'transfer-encoding': 'chunked' },
  });
  let bytesSent = 0;
  let bytesSentBeforeAnswer: number | undefined;
  let settled = false;
  const received: Buffer[] = [];
  upload.on('socket', (socket) => socket.on('data', (data: Buffer) => received.push(data)));

  const answer = new Promise<EndlessUploadOutcome>((resolve, reject) => {
    const fromRawBytesOr = (error: Error) => {
      const held = answerIn(Buffer.concat(received).toString('utf8'));
      if (held) resolve({ ...held, bytesSentBeforeAnswer: bytesSentBeforeAnswer ?? bytesSent });
      else reject(error);
    };
    upload.on('error', fromRawBytesOr);
    upload.once('response', (response) => {
      bytesSentBeforeAnswer = bytesSent;
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.once('error', fromRawBytesOr);
      response.once('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(parts).toString('utf8'),
          bytesSentBeforeAnswer: bytesSent,
        }),
      );
    });
  }).finally(() => {
    settled = true;
  });

  const send = async () => {
    if (options.opening !== undefined) upload.write(options.opening);
    while (!settled && bytesSentBeforeAnswer === undefined && bytesSent < options.sendAtMostBytes) {
      bytesSent += chunk.length;
      await new Promise<void>((resolve) => upload.write(chunk, () => resolve()));
      // A turn of the event loop between chunks: an answer that came is read before the next write.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

  // Handled here so a refusal that comes while chunks are still going out is not "unhandled".
  answer.catch(() => undefined);
  const answerWithinMs = options.answerWithinMs ?? 15_000;
  let timer: NodeJS.Timeout | undefined;
  const waitForAnswer = () =>
    Promise.race([
      answer,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const sentMiB = (bytesSent / 1024 / 1024).toFixed(1);
          reject(
            new Error(`no answer ${answerWithinMs} ms after ${sentMiB} MiB: the server reads on`),
          );
        }, answerWithinMs);
      }),
    ]);
  return send()
    .then(waitForAnswer)
    .finally(() => {
      clearTimeout(timer);
      upload.destroy();
    });
}

/** The status and body of a whole HTTP/1.1 answer with a JSON body in `raw`, if it all came. */
function answerIn(raw: string): { status: number; body: string } | undefined {
  const status = /^HTTP\/1\.1 (\d{3}) /.exec(raw)?.[1];
  const bodyText = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  const jsonText = bodyText.slice(bodyText.indexOf('{'), bodyText.lastIndexOf('}') + 1);
  if (status === undefined || jsonText === '') return undefined;
  try {
    JSON.parse(jsonText);
    return { status: Number(status), body: jsonText };
  } catch {
    return undefined;
  }
}
