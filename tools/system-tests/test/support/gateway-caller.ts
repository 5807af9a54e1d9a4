import { inject } from 'vitest';
import { send } from './http-answer.js';
import { LOAD_TEST_PLAN_ID } from './load-test-catalog.js';
import {
  gatewayToken,
  type Organisation,
  organisationWithEveryRole,
  type PartnerApplication,
  subscribedApplication,
} from './stack-session.js';

/** An application calling the bank through the gateway, with its organisation and a token. */
export interface GatewayCaller {
  readonly organisation: Organisation;
  readonly application: PartnerApplication;
  readonly token: string;
}

/**
 * A new organisation's application on the load plan, whose rate and quota no probe runs into (the
 * sandbox plan's 5 calls a second would answer some probes 429), and a gateway token for it.
 */
export async function gatewayCaller(label: string): Promise<GatewayCaller> {
  const organisation = await organisationWithEveryRole(label);
  const application = await subscribedApplication(
    organisation.members.Owner,
    organisation.id,
    LOAD_TEST_PLAN_ID,
  );
  return { organisation, application, token: await gatewayToken(application) };
}

/** The id of the first active card the bank lists to `token`'s application (through the gateway). */
export async function firstActiveCardId(token: string): Promise<string> {
  const page = await send(
    'GET',
    `${inject('gatewayApiBaseUrl')}/v1/business-cards?page=1&statusCodes=ACTIVE`,
    { bearer: token },
  );
  return page.body.businessCards[0].businessCardId;
}
