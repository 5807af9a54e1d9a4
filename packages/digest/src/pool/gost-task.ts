import {
  type SignTextRequest,
  signText,
  type VerifyTextRequest,
  verifyText,
} from '../signing/digest-text-signature.js';
import type { SelfSignedCertificateOptions } from '../signing/gost-certificate.js';
import { createGostCredentials, type GostCredentials } from '../signing/gost-credentials.js';
import type { SignatureCheck } from '../signing/signature-check.js';
import { type TaskFailure, taskFailureOf } from './task-failure.js';

/** The CPU-heavy GOST operations a worker runs, and what each returns. */
export interface GostTasks {
  sign: { input: SignTextRequest; output: string };
  verify: { input: VerifyTextRequest; output: SignatureCheck };
  createCredentials: { input: SelfSignedCertificateOptions; output: GostCredentials };
}

/** The name of a GOST operation. */
export type GostTaskKind = keyof GostTasks;

/** A message from the pool to a worker. */
export interface GostTaskMessage<TKind extends GostTaskKind = GostTaskKind> {
  id: number;
  kind: TKind;
  input: GostTasks[TKind]['input'];
}

/** A message from a worker back to the pool. */
export type GostTaskReply =
  | { id: number; ok: true; output: GostTasks[GostTaskKind]['output'] }
  | { id: number; ok: false; failure: TaskFailure };

const operations: {
  [TKind in GostTaskKind]: (input: GostTasks[TKind]['input']) => GostTasks[TKind]['output'];
} = {
  sign: signText,
  verify: verifyText,
  createCredentials: createGostCredentials,
};

/** Runs one task on the calling thread. */
export function runGostTask(message: GostTaskMessage): GostTaskReply {
  try {
    const operation = operations[message.kind] as (
      input: unknown,
    ) => GostTasks[GostTaskKind]['output'];
    return { id: message.id, ok: true, output: operation(message.input) };
  } catch (error) {
    return { id: message.id, ok: false, failure: taskFailureOf(error) };
  }
}
