import { ScriptedServer } from '@devportal/http-transport/testing';

export type { ReceivedRequest, Reply, Script } from '@devportal/http-transport/testing';

/** The scripted loopback server, answering under the bank's base path. */
export class LoopbackBank extends ScriptedServer {
  /** the base URL of the API, shaped like the bank's */
  get apiBaseUrl(): string {
    return `${this.origin}/fintech/api`;
  }
}
