/** One e-mail, rendered: the plain text and the HTML carry the same content. */
export interface MailMessage {
  /** The recipient's address. */
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /**
   * What kind of message it is (`invitation`, `quota_warning`…), for log lines: a message's
   * subject and bodies may carry names and links with tokens, so nothing else of it is logged.
   */
  readonly kind: MailKind;
}

/** The messages the portal sends. */
export type MailKind =
  | 'invitation'
  | 'access_request_decision'
  | 'quota_warning'
  | 'webhook_failing'
  | 'password_reset_code';
