import { isFinalBankStatus } from '@devportal/sber-client/contract';
import { useEffect, useState } from 'react';
import type { RuntimeConfig } from '../config/runtime-config.js';
import { CARD_OPERATIONS, initialValues } from './card-operations.js';
import { callOperation, type GatewayToken } from './gateway-calls.js';

const READ_EVERY_MS = 1_000;
const GIVE_UP_AFTER_READS = 300;

/** A limit change the page follows, and the last status it read. */
export interface WatchedLimitChange {
  readonly externalId: string;
  readonly status?: string;
  readonly final: boolean;
}

/**
 * Reads a limit change's state through the gateway every second until the bank's status is final
 * (or five minutes pass), as `waitForLimitChange` of the SDK does; stops when the page leaves.
 */
export function useLimitChangeWatch(
  gateway: RuntimeConfig['gateway'],
  token: GatewayToken | undefined,
  externalId: string | undefined,
): WatchedLimitChange | undefined {
  const [watched, setWatched] = useState<WatchedLimitChange>();
  useEffect(() => {
    if (!token || !externalId) return;
    const stateOperation = CARD_OPERATIONS.find(({ id }) => id === 'getLimitChangeState');
    if (!stateOperation) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    setWatched({ externalId, final: false });
    const read = async (reads: number) => {
      const exchange = await callOperation(
        gateway,
        token,
        stateOperation.request({ ...initialValues(), externalId }),
      );
      if (stopped) return;
      let status: string | undefined;
      try {
        status = (JSON.parse(exchange.response?.body ?? '') as { bankStatus?: string }).bankStatus;
      } catch {
        status = undefined;
      }
      const final = status !== undefined && isFinalBankStatus(status);
      setWatched({ externalId, ...(status ? { status } : {}), final });
      if (!final && reads < GIVE_UP_AFTER_READS) {
        timer = setTimeout(() => void read(reads + 1), READ_EVERY_MS);
      }
    };
    void read(1);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [gateway, token, externalId]);
  return watched;
}
