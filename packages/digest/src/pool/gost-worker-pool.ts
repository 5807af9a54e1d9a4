import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { SignTextRequest, VerifyTextRequest } from '../signing/digest-text-signature.js';
import type { SelfSignedCertificateOptions } from '../signing/gost-certificate.js';
import type { GostCredentials } from '../signing/gost-credentials.js';
import type { SignatureCheck } from '../signing/signature-check.js';
import type { GostTaskKind, GostTaskMessage, GostTaskReply, GostTasks } from './gost-task.js';
import { startGostWorker } from './gost-worker-entry.js';
import { errorOfTaskFailure } from './task-failure.js';

/** Options of a {@link GostWorkerPool}. */
export interface GostWorkerPoolOptions {
  /** number of worker threads; default: the number of cores */
  size?: number;
}

interface PendingTask {
  message: GostTaskMessage;
  resolve: (output: GostTasks[GostTaskKind]['output']) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  thread: Worker;
  task?: PendingTask;
}

/**
 * Runs GOST signing, verification and key generation on worker threads, so a
 * server's event loop stays responsive while each operation burns tens of
 * milliseconds of CPU. Workers start on first use; idle workers do not keep
 * the process alive, and {@link GostWorkerPool.close} ends them after the
 * queued work is done.
 *
 * @example
 * ```ts
 * const pool = new GostWorkerPool();
 * const base64Encoded = await pool.sign({ text: digest, privateKey, certificate });
 * const check = await pool.verify({ text: digest, base64Encoded });
 * await pool.close();
 * ```
 */
export class GostWorkerPool {
  /** the most worker threads this pool runs */
  readonly size: number;
  private readonly workers: PoolWorker[] = [];
  private readonly queue: PendingTask[] = [];
  private readonly idleWaiters: Array<() => void> = [];
  private nextTaskId = 0;
  private closed = false;

  constructor(options: GostWorkerPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
  }

  /** Signs a digest text; resolves to standard base64. */
  sign(request: SignTextRequest): Promise<string> {
    return this.run('sign', request);
  }

  /** Verifies a signature over a digest text. */
  verify(request: VerifyTextRequest): Promise<SignatureCheck> {
    return this.run('verify', request);
  }

  /** Makes a new key pair with a self-signed certificate. */
  createCredentials(options: SelfSignedCertificateOptions = {}): Promise<GostCredentials> {
    return this.run('createCredentials', options);
  }

  /** Finishes the queued work, then stops every worker. Later calls are refused. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.queue.length > 0 || this.workers.some((worker) => worker.task)) {
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
    const threads = this.workers.splice(0).map((worker) => worker.thread);
    await Promise.all(threads.map((thread) => thread.terminate()));
  }

  private run<TKind extends GostTaskKind>(
    kind: TKind,
    input: GostTasks[TKind]['input'],
  ): Promise<GostTasks[TKind]['output']> {
    if (this.closed) {
      return Promise.reject(new Error('the GOST worker pool is closed'));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({
        message: { id: this.nextTaskId++, kind, input },
        resolve: resolve as PendingTask['resolve'],
        reject,
      });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.workers.find((candidate) => !candidate.task) ?? this.startWorker();
      if (!worker) return;
      const task = this.queue.shift() as PendingTask;
      worker.task = task;
      worker.thread.ref();
      worker.thread.postMessage(task.message);
    }
    if (this.workers.every((worker) => !worker.task)) {
      for (const wake of this.idleWaiters.splice(0)) wake();
    }
  }

  private startWorker(): PoolWorker | undefined {
    if (this.workers.length >= this.size) return undefined;
    const worker: PoolWorker = { thread: startGostWorker() };
    worker.thread.on('message', (reply: GostTaskReply) => this.settle(worker, reply));
    worker.thread.on('error', (error) => this.retire(worker, error));
    worker.thread.on('exit', (code) => {
      if (!this.closed || worker.task)
        this.retire(worker, new Error(`GOST worker exited (${code})`));
    });
    this.workers.push(worker);
    return worker;
  }

  private settle(worker: PoolWorker, reply: GostTaskReply): void {
    const task = worker.task;
    worker.task = undefined;
    // An idle worker must not keep the process alive.
    worker.thread.unref();
    if (reply.ok) task?.resolve(reply.output);
    else task?.reject(errorOfTaskFailure(reply.failure));
    this.dispatch();
  }

  private retire(worker: PoolWorker, error: Error): void {
    const index = this.workers.indexOf(worker);
    if (index < 0) return;
    this.workers.splice(index, 1);
    worker.task?.reject(error);
    worker.task = undefined;
    void worker.thread.terminate();
    this.dispatch();
  }
}
