import type { RequestLogEvent, RequestLogger } from '@devportal/http-transport';

export type { ExchangeOutcome } from '@devportal/http-transport';

/** One HTTP exchange with the bank, as given to the `logger` hook; credentials are redacted. */
export type SberRequestLogEvent = RequestLogEvent;

/** Receives one event per HTTP exchange with the bank. Exceptions it throws are ignored. */
export type SberLogger = RequestLogger;
