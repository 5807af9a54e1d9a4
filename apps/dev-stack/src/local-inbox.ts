/** A message as MailDev's REST API lists it (the fields tests read). */
export interface InboxMessage {
  readonly id: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly to: readonly { readonly address: string }[];
  readonly from: readonly { readonly address: string }[];
}

/**
 * The local mail server's messages, read through MailDev's REST API: what tests check that the
 * portal really sent.
 */
export class LocalInbox {
  constructor(private readonly inboxUrl: string) {}

  /** Every message held, oldest first. */
  async all(): Promise<InboxMessage[]> {
    const response = await fetch(`${this.inboxUrl}/email`);
    if (!response.ok) throw new Error(`MailDev answered ${response.status} to GET /email`);
    return (await response.json()) as InboxMessage[];
  }

  /** The messages to `address` (case-insensitive), oldest first. */
  async to(address: string): Promise<InboxMessage[]> {
    const wanted = address.toLowerCase();
    return (await this.all()).filter((message) =>
      message.to.some((recipient) => recipient.address.toLowerCase() === wanted),
    );
  }

  /** Waits until a message to `address` arrives (within `timeoutMs`) and returns the latest. */
  async waitFor(address: string, timeoutMs = 10_000): Promise<InboxMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const messages = await this.to(address);
      const latest = messages.at(-1);
      if (latest) return latest;
      if (Date.now() > deadline) throw new Error(`no message to ${address} in ${timeoutMs} ms`);
      await new Promise((wake) => setTimeout(wake, 100));
    }
  }
}
