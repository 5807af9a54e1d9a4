import { request } from 'node:http';

/** What a server answered to a body that would not end, and how much had been sent by then. */
export interface EndlessUploadOutcome {
  readonly status: number;
  readonly body: string;
  /** Bytes of the body handed to the socket before the answer's head arrived. */
  readonly bytesSentBeforeAnswer: number;
  /** 2 when the first connection was reset before its answer could be read (see below). */
  readonly attempts: number;
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
 * the connection is then reset. A connection reset before any answer was read is tried once
 * more on a fresh connection; a server that closes without answering fails both.
 */
export async function streamEndlessUpload(
  url: URL,
  options: UploadOptions,
): Promise<EndlessUploadOutcome> {
  try {
    return { ...(await uploadOnce(url, options)), attempts: 1 };
  } catch (error) {
    // A test process starved for longer than the server keeps draining a refused body (500 ms)
    // writes again before it reads the answer that came meanwhile; the write meets the closed
    // connection, and Node drops the unread answer with the socket. Once, a fresh connection.
    if (!isConnectionReset(error)) throw error;
    return { ...(await uploadOnce(url, options)), attempts: 2 };
  }
}

function isConnectionReset(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ECONNRESET';
}

/** What to send, how much at the most, and how long to wait for the answer after that. */
interface UploadOptions {
  readonly headers: Readonly<Record<string, string>>;
  /** Written before the endless filler, e.g. the start of a JSON string. */
  readonly opening?: string;
  readonly sendAtMostBytes: number;
  readonly answerWithinMs?: number;
}

function uploadOnce(
  url: URL,
  options: UploadOptions,
): Promise<Omit<EndlessUploadOutcome, 'attempts'>> {
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

  const answer = new Promise<Omit<EndlessUploadOutcome, 'attempts'>>((resolve, reject) => {
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
