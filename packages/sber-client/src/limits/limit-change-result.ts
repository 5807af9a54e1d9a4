import type { LimitChangeDocument, LimitChangeState, WorkflowFault } from '../bank-types.js';

/**
 * How a limit-change request ended. Only `created` means the bank took the document as sent;
 * check `outcome` before telling a user the limit will change.
 */
export type LimitChangeResult =
  /** 201: the document was created (a draft awaiting signature when it carried none) */
  | { readonly outcome: 'created'; readonly document: LimitChangeDocument }
  /**
   * 202 `WORKFLOW_FAULT`: the document was saved, but its signatures were not accepted (unknown
   * certificate, a signature that does not verify, a first signature without its second); it
   * waits for signature in SberBusiness
   */
  | { readonly outcome: 'signaturesRejected'; readonly fault: WorkflowFault }
  /**
   * a previous attempt's answer was lost (connection dropped, timeout, 5xx) but the bank had
   * saved the document: its current state, instead of a second document
   */
  | {
      readonly outcome: 'alreadyCreated';
      readonly externalId: string;
      readonly state: LimitChangeState;
    };
