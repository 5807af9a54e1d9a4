import { loadContract } from '@devportal/openapi-contract';
import { createPortalClient, PortalForbiddenError } from '@devportal/portal-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/demo-accounts.js';
import { type DevStack, startDevStack } from '../src/dev-stack.js';

const PRODUCT = 'business-cards';
const portalContract = loadContract(new URL('../../../spec/portal.yaml', import.meta.url));
/** Every answer the clients receive, checked against spec/portal.yaml. */
const contractViolations: string[] = [];

/** A `fetch` that checks each portal answer against the contract before the client reads it. */
async function contractCheckingFetch(request: Request): Promise<Response> {
  const response = await fetch(request);
  const { pathname } = new URL(request.url);
  const operation = portalContract.operation(request.method, pathname);
  const text = await response.clone().text();
  if (!operation) {
    contractViolations.push(`${request.method} ${pathname}: no operation in the spec`);
  } else {
    const contentType = response.headers.get('content-type') ?? undefined;
    const body = text === '' ? undefined : JSON.parse(text);
    for (const violation of portalContract.validateResponse(
      operation.operationId,
      response.status,
      body,
      contentType,
    )) {
      contractViolations.push(
        `${operation.operationId} ${response.status}: ${violation.field} ${violation.message}`,
      );
    }
  }
  return response;
}

/** Registers a person at the dev identity provider (unless `register` is false) and signs in. */
async function personClient(stack: DevStack, email: string, password: string, register = true) {
  if (register) {
    const registered = await fetch(`${stack.identityProviderUrl}/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password, name: email.split('@')[0] }),
    });
    expect(registered.status).toBe(201);
  }
  const signedIn = await fetch(`${stack.identityProviderUrl}/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', username: email, password }),
  });
  const { id_token: token } = (await signedIn.json()) as { id_token: string };
  return createPortalClient({ baseUrl: stack.url, token, fetch: contractCheckingFetch });
}

describe("the seed's partner onboarding, through @devportal/portal-client against the local stack", () => {
  let stack: DevStack;
  beforeAll(async () => {
    stack = await startDevStack({ port: 0, sandboxPort: 0 });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('register → test organisation → invite → accept → application → sandbox → production access → approval → production', async () => {
    // Register: the test organisation exists at once, with the person as its Owner.
    const owner = await personClient(stack, 'owner@partner.example', 'owner password 1');
    const { organizations } = await owner.me();
    const testOrganisation = organizations.find((organisation) => organisation.test);
    expect(testOrganisation).toMatchObject({ role: 'Owner', test: true });
    const orgId = String(testOrganisation?.id);

    // Invite a colleague who has no account yet; they register and accept as a Developer.
    const { token: invitationToken } = await owner.invitations.create(orgId, {
      email: 'dev@partner.example',
      role: 'Developer',
    });
    const developer = await personClient(stack, 'dev@partner.example', 'developer password 1');
    expect(await developer.invitations.accept(invitationToken)).toMatchObject({
      id: orgId,
      role: 'Developer',
    });
    const members = [];
    for await (const member of owner.members.list(orgId)) members.push(member);
    expect(members.map((member) => [member.email, member.role]).sort()).toEqual([
      ['dev@partner.example', 'Developer'],
      ['owner@partner.example', 'Owner'],
    ]);

    // The Developer creates an application: Client ID and Secret come once, at creation.
    const { application, clientSecret } = await developer.applications.create(orgId, {
      name: 'Payroll cards',
    });
    expect(clientSecret).toMatch(/^dps_/);
    expect(JSON.stringify(await owner.applications.get(orgId, application.id))).not.toContain(
      clientSecret,
    );

    // The sandbox plan is open to everyone; production needs an approved access request.
    await developer.subscriptions.subscribe(orgId, application.id, PRODUCT, { planId: 'sandbox' });
    const refused = await developer.subscriptions
      .subscribe(orgId, application.id, PRODUCT, { planId: 'production' })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PortalForbiddenError);
    expect(refused).toMatchObject({ code: 'access_request_not_approved' });

    const request = await owner.accessRequests.submit(orgId, {
      productId: PRODUCT,
      contactName: 'Anna Owner',
      contactEmail: 'owner@partner.example',
      purpose: 'Change business-card limits of our employees from our expense tool.',
    });
    expect(request.status).toBe('pending');

    // A bank operator approves it once the contracts are signed.
    const operatorAccount = DEMO_ACCOUNTS[1];
    const operator = await personClient(
      stack,
      operatorAccount.email,
      operatorAccount.password,
      false,
    );
    const pending = [];
    for await (const item of operator.operator.accessRequests.list({ status: 'pending' })) {
      pending.push(item);
    }
    expect(pending.map((item) => item.id)).toContain(request.id);
    const decided = await operator.operator.accessRequests.decide(request.id, {
      decision: 'approve',
      comment: 'Partner agreement, NDA and technical agreement signed.',
    });
    expect(decided.status).toBe('approved');

    // Now the application moves to the production plan.
    await developer.subscriptions.subscribe(orgId, application.id, PRODUCT, {
      planId: 'production',
    });
    const subscriptions = await owner.subscriptions.list(orgId, application.id);
    expect(subscriptions).toEqual([
      expect.objectContaining({ productId: PRODUCT, planId: 'production' }),
    ]);

    // Every change is in the organisation's audit trail.
    const actions = [];
    for await (const event of owner.auditEvents.list(orgId)) actions.push(event.action);
    expect(actions.length).toBeGreaterThanOrEqual(5);
    expect(contractViolations).toEqual([]);
  });
});
