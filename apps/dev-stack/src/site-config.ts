/** How people reach support, as the website's `/config.json` names it (`support`). */
export interface SupportContact {
  readonly email: string;
  readonly url?: string;
}

/** The local stack's support contact: an address of the local inbox's own domain. */
export const LOCAL_SUPPORT_CONTACT: SupportContact = { email: 'support@devportal.localhost' };
