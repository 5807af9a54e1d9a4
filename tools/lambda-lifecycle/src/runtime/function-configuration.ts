/** A Lambda function as the harness runs it: the bundle and what the stack configures. */
export interface FunctionConfiguration {
  readonly name: string;
  /** The bundle's `index.mjs`, exporting `handler`. */
  readonly bundlePath: string;
  /** The function's own variables (what infra writes), pointed at loopback services. */
  readonly environment: Readonly<Record<string, string>>;
  readonly memorySize: number;
  readonly timeoutMs: number;
  readonly region: string;
  /**
   * At most this many environments at once (reserved concurrency); an invocation finding all of
   * them busy is throttled.
   */
  readonly reservedConcurrency: number;
}
