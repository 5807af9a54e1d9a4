const KEY = 'devportal.bankAuthorization';

/** A bank authorization this tab started: its `state` and the organisation it is for. */
export interface StartedBankAuthorization {
  readonly state: string;
  readonly organizationId: string;
}

/**
 * The bank authorization this tab sent the person off to consent to, kept in sessionStorage until
 * the bank sends the tab back. The callback page finishes only an authorization started here: a
 * link carrying someone else's code and state (to attach their company's bank) is not posted.
 */
export const startedBankAuthorization = {
  remember(authorizeUrl: string, organizationId: string): void {
    const state = new URL(authorizeUrl).searchParams.get('state') ?? '';
    sessionStorage.setItem(KEY, JSON.stringify({ state, organizationId }));
  },
  /** The authorization started here with `state`, if any. */
  find(state: string): StartedBankAuthorization | undefined {
    const text = sessionStorage.getItem(KEY);
    const started = text ? (JSON.parse(text) as StartedBankAuthorization) : undefined;
    return started && state !== '' && started.state === state ? started : undefined;
  },
  forget(): void {
    sessionStorage.removeItem(KEY);
  },
};
