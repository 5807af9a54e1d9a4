import { randomUUID } from 'node:crypto';
import type { InvocationRecord } from '../runtime/execution-environment.js';
import type { LambdaFunction } from '../runtime/lambda-function.js';

/** An answer of Lambda's REST API: its status, headers and JSON document, if any. */
export interface LambdaApiAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Readonly<Record<string, unknown>>;
}

/** An event `Invoke` queued: as its caller sent it, and its invocation. */
interface QueuedEvent {
  readonly event: unknown;
  readonly run: Promise<InvocationRecord>;
}

/** `POST /2015-03-31/functions/{FunctionName}/invocations`, the name URL-encoded by the SDK. */
const INVOKE_PATH = /^\/2015-03-31\/functions\/([^/?]+)\/invocations(?:\?|$)/;

/** What Lambda answers when it queued an asynchronous invocation. */
const QUEUED = 202;

/**
 * Lambda's `Invoke` for the harness's functions, asynchronous (`X-Amz-Invocation-Type: Event`)
 * only, as the portal API starts the status sync: the event is queued to the named function and
 * answered `202` at once, the caller never waiting for the invocation, which runs in an execution
 * environment of that function like any other. Unlike Lambda, a queued event is invoked once: a
 * throttle or an error is not retried, it stays in its record for the case to see.
 */
export class LoopbackLambda {
  private readonly functions = new Map<string, LambdaFunction>();
  private readonly queued: QueuedEvent[] = [];

  /** Makes `fn` invocable by its configured name (its ARN too). */
  deploy(fn: LambdaFunction): void {
    const { name } = fn.configuration;
    if (this.functions.has(name)) throw new Error(`A function named ${name} is already deployed`);
    this.functions.set(name, fn);
  }

  /** Whether `path` is a path of Lambda's REST API this stand-in serves. */
  serves(path: string): boolean {
    return INVOKE_PATH.test(path);
  }

  /** Answers a call of Lambda's `Invoke` at `path` with `invocationType` and `payload`. */
  handle(path: string, invocationType: string | undefined, payload: Buffer): LambdaApiAnswer {
    const requestId = randomUUID();
    const name = functionNameOf(decodeURIComponent(INVOKE_PATH.exec(path)?.[1] ?? ''));
    const fn = this.functions.get(name);
    if (!fn)
      return lambdaError(
        requestId,
        404,
        'ResourceNotFoundException',
        `Function not found: ${name}`,
      );
    if (invocationType !== 'Event') {
      return lambdaError(
        requestId,
        400,
        'InvalidParameterValueException',
        `The harness queues Event invocations only, not ${invocationType ?? 'RequestResponse'}`,
      );
    }
    let event: unknown;
    try {
      event = payload.length === 0 ? {} : JSON.parse(payload.toString('utf8'));
    } catch {
      return lambdaError(
        requestId,
        400,
        'InvalidRequestContentException',
        'Could not parse request body into json',
      );
    }
    const run = fn.invoke(event);
    // Nobody waits on an event's invocation but queuedInvocations, which rethrows its failure.
    run.catch(() => {});
    this.queued.push({ event, run });
    return { status: QUEUED, headers: { 'x-amzn-requestid': requestId } };
  }

  /**
   * The records of every event queued so far, once all of them have ended (those queued while
   * waiting included), in the order they were queued.
   */
  async queuedInvocations(): Promise<InvocationRecord[]> {
    let records: InvocationRecord[] = [];
    while (records.length < this.queued.length) {
      records = await Promise.all(this.queued.map(({ run }) => run));
    }
    return records;
  }

  /** The events queued so far, as their callers sent them, in the order they were queued. */
  queuedEvents(): unknown[] {
    return this.queued.map(({ event }) => event);
  }
}

/** The function's name from a name or an unqualified ARN (`arn:aws:lambda:…:function:name`). */
function functionNameOf(nameOrArn: string): string {
  return /^arn:aws:lambda:[^:]+:\d{12}:function:([^:]+)$/.exec(nameOrArn)?.[1] ?? nameOrArn;
}

/** An error as Lambda's REST API answers one: the type in `x-amzn-ErrorType` and the body. */
function lambdaError(
  requestId: string,
  status: number,
  type: string,
  message: string,
): LambdaApiAnswer {
  return {
    status,
    headers: { 'x-amzn-requestid': requestId, 'x-amzn-errortype': type },
    body: { Type: 'User', message },
  };
}
