import { setTimeout as sleep } from 'node:timers/promises';

/**
 * How long a long-lived Node server holds its answer to an address the token throttle refused
 * (the local stack's gateway): a sender that waits for each answer, as 20 concurrent junk
 * loops do, is slowed to a few requests a second instead of taking the event loop from honest
 * partners. Lambda holds nothing: there a wait is billed and keeps an execution environment
 * busy, and junk runs in environments of its own anyway.
 */
export const NODE_TOKEN_REFUSAL_HOLD_MS = 1_000;

/** At most this many answers are held at once; past it they go out at once (memory stays bounded). */
const MAX_HELD_ANSWERS = 1_000;

/** Holds refusals before they are sent, for at most their `Retry-After` and `holdMs`. */
export class RefusalHold {
  private held = 0;

  constructor(private readonly holdMs: number) {}

  async hold(answer: Response, waitSeconds: number): Promise<Response> {
    if (this.holdMs <= 0 || this.held >= MAX_HELD_ANSWERS) return answer;
    this.held++;
    try {
      await sleep(Math.min(this.holdMs, waitSeconds * 1000));
    } finally {
      this.held--;
    }
    return answer;
  }
}
