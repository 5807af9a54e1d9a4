// The gateway wired on a local table and sandbox, shared with the system tests as the package's
// `./local-gateway` export (test-support cannot hold it: the gateway's tests depend on test-support).
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { productionAccess, SANDBOX_DEMO_SCOPES, sandboxDemoAccess } from '@devportal/bank-access';
import type { BankSandbox } from '@devportal/bank-sandbox';
import {
  AccessRequestService,
  type Actor,
  ApplicationService,
  ClientSecretHasher,
  newPepperSecret,
  nodeCrypto,
  OrganisationAccess,
  OrganisationService,
  SubscriptionService,
  systemClock,
  type TokenVault,
} from '@devportal/portal-domain';
import { dynamoRepositories } from '@devportal/portal-dynamodb';
import { sberOAuthEndpointsAt } from '@devportal/sber-client';
import type { MutualTlsBank } from '@devportal/test-support/mutual-tls-bank';
import {
  type CardsGatewayDependencies,
  fixedSigningKeys,
  signingKeyFromFile,
} from '../../src/index.js';

/** An application of a new organisation, subscribed to a plan, with its credentials. */
export interface TestApplication {
  readonly organisationId: string;
  readonly applicationId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly owner: Actor;
}

/** A person, as the identity provider would describe them. */
export function person(label: string, extra: Partial<Actor> = {}): Actor {
  const userId = `${label}-${randomUUID()}`;
  return { userId, email: `${userId}@example.test`, sourceIp: '203.0.113.7', ...extra };
}

/**
 * The gateway's dependencies for a table on DynamoDB Local and an embedded sandbox (tests and the
 * bench): throwaway key files, a cheap secret hash, the sandbox's demo organisation.
 */
export async function localGatewayDependencies(
  dynamoDb: DynamoDBClient,
  tableName: string,
  sandbox: BankSandbox,
): Promise<CardsGatewayDependencies> {
  const keys = mkdtempSync(join(tmpdir(), 'cards-gateway-'));
  return {
    repositories: dynamoRepositories({ client: dynamoDb, tableName }),
    clock: systemClock,
    crypto: nodeCrypto,
    hasher: ClientSecretHasher.keyedBy(newPepperSecret()),
    signingKeys: fixedSigningKeys({
      current: await signingKeyFromFile(join(keys, 'gateway-signing.pem')),
    }),
    contours: {
      sandbox: sandboxDemoAccess(
        {
          apiBaseUrl: sandbox.apiBaseUrl,
          demo: {
            ...sberOAuthEndpointsAt(sandbox.url),
            clientId: 'devportal-sandbox',
            clientSecret: 'sandbox-secret',
            redirectUri: 'http://127.0.0.1:3000/oauth/callback',
            login: 'romashka.director',
            scopes: SANDBOX_DEMO_SCOPES,
          },
        },
        () => systemClock.now().getTime(),
      ),
    },
  };
}

/**
 * `deps` with a production contour on a sandbox that requires a client certificate: the
 * organisations' own tokens, sealed by `vault`, over mutual TLS.
 */
export function withMutualTlsProduction(
  deps: CardsGatewayDependencies,
  { bank, certificates }: MutualTlsBank,
  vault: TokenVault,
): CardsGatewayDependencies {
  const { bankConnections } = deps.repositories;
  return {
    ...deps,
    contours: {
      ...deps.contours,
      production: productionAccess(
        {
          apiBaseUrl: bank.apiBaseUrl,
          tls: {
            cert: certificates.clientCert,
            key: certificates.clientKey,
            ca: certificates.caCert,
          },
          oauth: {
            tokenUrl: `${bank.url}/ic/sso/api/v2/oauth/token`,
            clientId: 'devportal-sandbox',
            clientSecret: 'sandbox-secret',
          },
        },
        { bankConnections, vault, clock: deps.clock, crypto: deps.crypto },
      ),
    },
  };
}

/** The domain services the tests set organisations, applications and subscriptions up with. */
export type PortalServices = ReturnType<typeof portalServices>;

/** The domain services on the gateway's table. */
export function portalServices(deps: CardsGatewayDependencies) {
  const { repositories } = deps;
  const all = { ...repositories, clock: deps.clock, crypto: deps.crypto, hasher: deps.hasher };
  return {
    repositories,
    access: new OrganisationAccess(repositories.organisations, repositories.members),
    organisations: new OrganisationService(all),
    applications: new ApplicationService(all),
    subscriptions: new SubscriptionService(all),
    accessRequests: new AccessRequestService(all),
  };
}

/** A new organisation with an application subscribed to `planId` (none when `undefined`). */
export async function newApplication(
  services: PortalServices,
  planId: string | undefined,
): Promise<TestApplication> {
  const owner = person('owner');
  const organisation = await services.organisations.create(owner, 'Partner');
  const created = await services.applications.create(
    owner,
    await services.access.authorise(owner, organisation.id, 'application.manage'),
    {
      name: 'Card manager',
    },
  );
  if (planId) {
    await services.subscriptions.subscribe(
      owner,
      await services.access.authorise(owner, organisation.id, 'subscription.manage'),
      created.application.id,
      'business-cards',
      planId,
    );
  }
  return {
    organisationId: organisation.id,
    applicationId: created.application.id,
    clientId: created.application.clientId,
    clientSecret: created.clientSecret,
    owner,
  };
}
