import type { CallOptions as TransportCallOptions } from '@devportal/http-transport';

/** Per-call settings; each overrides the client's own for this call only. */
export type CallOptions = TransportCallOptions;
