import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { AwsCallCounts, AwsCredentials } from '../aws/loopback-aws.js';
import { deferred } from './deferred.js';
import type { FunctionConfiguration } from './function-configuration.js';
import { processState } from './process-state.js';
import { type RuntimeAnswer, RuntimeApiServer } from './runtime-api-server.js';

const BOOTSTRAP = fileURLToPath(new URL('./bootstrap.mjs', import.meta.url));

/** How one invocation ended. */
export type InvocationOutcome =
  | { readonly kind: 'response'; readonly payload: unknown }
  | { readonly kind: 'error'; readonly errorType: string; readonly errorMessage: string }
  /** Past the function's timeout: the environment was killed mid-work. */
  | { readonly kind: 'timeout' }
  /** Every environment busy at reserved concurrency: Lambda's 429 TooManyRequestsException. */
  | { readonly kind: 'throttled' };

/** One invocation as the harness saw it. */
export interface InvocationRecord {
  readonly requestId: string;
  /** The environment that served it (none when throttled). */
  readonly environmentId: number | undefined;
  /** Whether the environment was started for it (module init ran first). */
  readonly coldStart: boolean;
  readonly outcome: InvocationOutcome;
  readonly durationMs: number;
  /** AWS calls by `service.Operation` made during the invocation (and its init, when cold). */
  readonly awsCalls: AwsCallCounts;
  /** What the invocation wrote to stdout and stderr, ending with Lambda's `END RequestId` line. */
  readonly logs: readonly string[];
}

/** What an environment needs from the harness around it. */
export interface EnvironmentServices {
  /** Credentials of the environment's own, so the loopback AWS endpoint can tell its calls apart. */
  issueCredentials(onCall: (operation: string) => void): AwsCredentials;
  revokeCredentials(credentials: AwsCredentials): void;
}

type Lifecycle = 'idle' | 'busy' | 'dead';

/**
 * One Lambda execution environment: a `node` process of its own running `bootstrap.mjs`, which
 * imports the bundle (module init) and serves invocations over the Runtime API. Between
 * invocations the process is stopped (SIGSTOP: no timer fires, no promise progresses) and it is
 * continued (SIGCONT) right before the next event is handed over. It ends only by SIGKILL, as an
 * environment reclaimed without an extension: never a SIGTERM.
 */
export class ExecutionEnvironment {
  private lifecycle: Lifecycle = 'busy';
  private frozen = false;
  private served = 0;
  private calls: Record<string, number> = {};
  private lines: string[] = [];
  private onEndLine: ((requestId: string) => void) | undefined;
  private onAnswer: ((answer: RuntimeAnswer) => Promise<void>) | undefined;
  /** Settles when the process has ended, however it ended. */
  readonly exited: Promise<void>;

  private constructor(
    readonly id: number,
    private readonly child: ChildProcess,
    private readonly api: RuntimeApiServer,
    private readonly credentials: AwsCredentials,
    private readonly services: EnvironmentServices,
    private readonly configuration: FunctionConfiguration,
  ) {
    this.exited = once(child, 'close').then(() => {
      this.lifecycle = 'dead';
    });
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream }).on('line', (line) => this.log(line));
    }
  }

  /**
   * Starts an environment and runs its module init; resolves once the runtime asks for its first
   * event, rejects when the init fails or the process dies first.
   */
  static async start(
    id: number,
    configuration: FunctionConfiguration,
    services: EnvironmentServices,
  ): Promise<ExecutionEnvironment> {
    let environment: ExecutionEnvironment | undefined;
    const init = deferred<void>();
    const api = await RuntimeApiServer.start({
      onReady: () => init.resolve(),
      onInitError: (body) => init.reject(new Error(`${configuration.name} init failed: ${body}`)),
      onAnswer: async (answer) => environment?.onAnswer?.(answer),
    });
    const credentials = services.issueCredentials((operation) => environment?.count(operation));
    const child = spawn(
      process.execPath,
      [
        `--max-old-space-size=${Math.floor(configuration.memorySize * 0.9)}`,
        BOOTSTRAP,
        configuration.bundlePath,
      ],
      {
        env: lambdaVariables(configuration, id, api.address, credentials),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    environment = new ExecutionEnvironment(id, child, api, credentials, services, configuration);
    const died = environment.exited.then(() => {
      throw new Error(`${configuration.name} environment ${id} exited during init`);
    });
    try {
      await Promise.race([init.promise, died]);
    } catch (error) {
      await environment.reclaim();
      throw error;
    }
    environment.lifecycle = 'idle';
    return environment;
  }

  /** Whether it can take an invocation now. */
  get idle(): boolean {
    return this.lifecycle === 'idle';
  }

  get alive(): boolean {
    return this.lifecycle !== 'dead';
  }

  /** The process id, to observe it from outside (tests). */
  get pid(): number {
    return this.child.pid ?? -1;
  }

  /**
   * Runs one invocation: thaws the process, hands it the event, and freezes it again the moment
   * it answers. Past the function's timeout the process is killed and the outcome is `timeout`.
   * With `reclaimAfter`, the environment is reclaimed (SIGKILL, frozen) right after its answer.
   */
  async invoke(
    event: unknown,
    requestId: string = randomUUID(),
    options: { readonly reclaimAfter?: boolean } = {},
  ): Promise<InvocationRecord> {
    if (this.lifecycle !== 'idle') throw new Error(`environment ${this.id} is ${this.lifecycle}`);
    this.lifecycle = 'busy';
    const coldStart = this.served === 0;
    this.served += 1;
    if (!coldStart) this.calls = {};
    this.lines = [];
    const startedAt = performance.now();
    const answered = deferred<RuntimeAnswer>();
    const ended = deferred<void>();
    this.onAnswer = async (answer) => {
      if (answer.requestId !== requestId) return;
      // Frozen before the runtime reads its 202: nothing of the function runs after its answer.
      await this.freeze();
      answered.resolve(answer);
    };
    this.onEndLine = (ended_) => {
      if (ended_ === requestId) ended.resolve();
    };
    this.thaw();
    this.api.deliver({
      requestId,
      deadlineMs: Date.now() + this.configuration.timeoutMs,
      invokedFunctionArn: functionArn(this.configuration),
      traceId: traceHeader(),
      event,
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.configuration.timeoutMs);
    });
    const died = this.exited.then(() => 'died' as const);
    const first = await Promise.race([answered.promise, timedOut, died]);
    clearTimeout(timer);
    let outcome: InvocationOutcome;
    if (first === 'timeout') {
      await this.reclaim();
      outcome = { kind: 'timeout' };
    } else if (first === 'died') {
      outcome = {
        kind: 'error',
        errorType: 'Runtime.ExitError',
        errorMessage: 'the process exited',
      };
    } else {
      await Promise.race([ended.promise, this.exited]);
      outcome = outcomeOf(first);
      // Reclaimed before it is ever idle, so no other invocation can be handed to it meanwhile.
      if (options.reclaimAfter) await this.reclaim();
      else this.lifecycle = 'idle';
    }
    this.onAnswer = undefined;
    this.onEndLine = undefined;
    return {
      requestId,
      environmentId: this.id,
      coldStart,
      outcome,
      durationMs: performance.now() - startedAt,
      awsCalls: { ...this.calls },
      logs: [...this.lines],
    };
  }

  /** Ends the environment as Lambda reclaims one without an extension: SIGKILL, frozen or not. */
  async reclaim(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
    this.services.revokeCredentials(this.credentials);
    await this.api.close();
  }

  /** Stops the process and waits until the kernel reports it stopped (SIGSTOP lands asynchronously). */
  private async freeze(): Promise<void> {
    if (this.frozen || !this.alive) return;
    this.child.kill('SIGSTOP');
    this.frozen = true;
    while (this.alive && processState(this.pid) !== 'T') await new Promise(setImmediate);
  }

  private thaw(): void {
    if (!this.frozen) return;
    this.child.kill('SIGCONT');
    this.frozen = false;
  }

  private count(operation: string): void {
    this.calls[operation] = (this.calls[operation] ?? 0) + 1;
  }

  private log(line: string): void {
    this.lines.push(line);
    const end = /^END RequestId: (\S+)$/.exec(line);
    if (end?.[1]) this.onEndLine?.(end[1]);
  }
}

function outcomeOf(answer: RuntimeAnswer): InvocationOutcome {
  if (answer.kind === 'response') return { kind: 'response', payload: JSON.parse(answer.body) };
  const { errorType, errorMessage } = JSON.parse(answer.body) as {
    errorType: string;
    errorMessage: string;
  };
  return { kind: 'error', errorType, errorMessage };
}

/** An X-Ray trace header as Lambda passes one, not sampled: the tracer records and sends nothing. */
function traceHeader(): string {
  const hex = (bytes: number) => randomBytes(bytes).toString('hex');
  const epoch = Math.floor(Date.now() / 1000).toString(16);
  return `Root=1-${epoch}-${hex(12)};Parent=${hex(8)};Sampled=0`;
}

function functionArn({ name, region }: FunctionConfiguration): string {
  return `arn:aws:lambda:${region}:111122223333:function:${name}`;
}

/**
 * The process environment Lambda gives a function: its own variables plus the reserved ones
 * (region, function name and memory, the Runtime API, the environment's session credentials),
 * and nothing of the harness's own environment.
 */
function lambdaVariables(
  configuration: FunctionConfiguration,
  id: number,
  runtimeApi: string,
  credentials: AwsCredentials,
): Record<string, string> {
  const { name, region, memorySize } = configuration;
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    LANG: 'en_US.UTF-8',
    TZ: ':UTC',
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    AWS_LAMBDA_FUNCTION_NAME: name,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(memorySize),
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${name}`,
    AWS_LAMBDA_LOG_STREAM_NAME: `harness/[$LATEST]environment-${id}`,
    AWS_LAMBDA_RUNTIME_API: runtimeApi,
    // The X-Ray SDK takes Lambda's per-invocation trace header only where this is set.
    LAMBDA_TASK_ROOT: dirname(configuration.bundlePath),
    AWS_XRAY_CONTEXT_MISSING: 'LOG_ERROR',
    AWS_XRAY_DAEMON_ADDRESS: '127.0.0.1:2000',
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_SESSION_TOKEN: credentials.sessionToken,
    _HANDLER: 'index.handler',
    ...configuration.environment,
  };
}
