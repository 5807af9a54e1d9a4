import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import {
  type BankSandbox,
  type BankSandboxOptions,
  startBankSandbox,
} from '@devportal/bank-sandbox';
import {
  AccessRequestService,
  type Actor,
  ApplicationService,
  applicationActor,
  BankConnectionService,
  CATALOG_V1,
  ClientSecretHasher,
  LimitChangeService,
  newPepperSecret,
  nodeCrypto,
  OrganisationAccess,
  OrganisationService,
  type Plan,
  type PortalRepositories,
  SubscriptionService,
  summariseUsage,
  systemClock,
  TokenVault,
  WebhookService,
} from '@devportal/portal-domain';
import {
  createTable,
  DocumentStore,
  dynamoRepositories,
  KmsKeyEncryption,
} from '@devportal/portal-dynamodb';
import { createSberClient } from '@devportal/sber-client';
import {
  DYNAMODB_LOCAL_CREDENTIALS,
  DYNAMODB_LOCAL_REGION,
} from '@devportal/test-support/dynamodb-local';
import { LoopbackKms } from '@devportal/test-support/loopback-kms';
import { LoopbackSecretsManager } from '@devportal/test-support/loopback-secrets-manager';
import { LoopbackSqs } from '@devportal/test-support/loopback-sqs';
import { LoopbackAws } from '../aws/loopback-aws.js';
import { LoopbackLambda } from '../aws/loopback-lambda.js';
import {
  cardsGatewayFunction,
  type DeployedFunctionOptions,
  type DeployedWorld,
  portalApiFunction,
  statusSyncFunction,
} from '../functions/deployed-functions.js';
import type { FunctionConfiguration } from '../runtime/function-configuration.js';
import { LambdaFunction, type RandomReclaims } from '../runtime/lambda-function.js';

const ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret';
const SANDBOX_CLIENT = { id: 'devportal-sandbox', secret: 'sandbox-secret' };

/** An application of a new organisation, subscribed to a plan, with its credentials. */
export interface HarnessApplication {
  readonly organisationId: string;
  readonly applicationId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The organisation's Owner, who set it up. */
  readonly owner: Actor;
}

/** Options of a {@link LifecycleWorld}. */
export interface LifecycleWorldOptions {
  /** DynamoDB Local's endpoint (test-support's globalSetup, or a bench's own). */
  readonly dynamoDbEndpoint: string;
  /** Options of the bank sandbox behind both contours. */
  readonly sandbox?: BankSandboxOptions;
  /**
   * The production contour's own bank (a sandbox serving mutual TLS) and the client certificate
   * the functions present to it, as the stack's certificate secret holds it; production is the
   * plain sandbox, without a certificate, unless given.
   */
  readonly production?: {
    readonly bank: BankSandbox;
    readonly clientCertificate: {
      readonly certificate: string;
      readonly privateKey: string;
      readonly ca: string;
    };
  };
}

/** The director's tokens at the production bank, as the portal's bank connection stores them. */
export interface DirectorTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
}

/** What a function of the world is started with. */
export interface WorldFunctionOptions extends DeployedFunctionOptions {
  readonly randomReclaims?: RandomReclaims;
}

/**
 * Everything the deployed functions reach, on loopback: a table of its own on DynamoDB Local, the
 * bank sandbox (both contours; production is a plain-HTTP sandbox unless a case brings its own
 * mutual-TLS one), and the loopback AWS endpoint with KMS and Secrets Manager holding the secrets
 * infra would create. Functions made here are deployed to its Lambda (invocable by name, one per
 * name) and closed with the world.
 */
export class LifecycleWorld {
  private readonly functions: LambdaFunction[] = [];
  private catalogVersion = CATALOG_V1.version;
  /** The world's table as the functions' code reads and writes it. */
  readonly repositories: PortalRepositories;

  private constructor(
    readonly sandbox: BankSandbox,
    readonly aws: LoopbackAws,
    readonly secretsManager: LoopbackSecretsManager,
    /** The queues the functions send to (the status sync's check queue among them). */
    readonly sqs: LoopbackSqs,
    /** The world's functions as Lambda's `Invoke` reaches them; its events' invocations. */
    readonly lambda: LoopbackLambda,
    /** A client of the world's table, signed as DynamoDB Local's tables are held. */
    readonly dynamoDb: DynamoDBClient,
    readonly deployed: DeployedWorld,
    /** Keyed with the pepper the functions read from the world's Secrets Manager. */
    readonly hasher: ClientSecretHasher,
  ) {
    this.repositories = dynamoRepositories({ client: dynamoDb, tableName: deployed.tableName });
  }

  static async start(options: LifecycleWorldOptions): Promise<LifecycleWorld> {
    const region = DYNAMODB_LOCAL_REGION;
    const dynamoDb = new DynamoDBClient({
      endpoint: options.dynamoDbEndpoint,
      region,
      credentials: DYNAMODB_LOCAL_CREDENTIALS,
    });
    const tableName = `lifecycle-${randomUUID()}`;
    await createTable(dynamoDb, tableName);
    const sandbox = await startBankSandbox({ port: 0, ...options.sandbox });
    const bankTokenKeyArn = `arn:aws:kms:${region}:111122223333:key/${randomUUID()}`;
    const secrets = {
      signingKey: `${ARN}:gateway-signing-key`,
      clientSecretPepper: `${ARN}:client-secret-pepper`,
      sandboxClient: `${ARN}:sandbox-oauth-client`,
      bankClient: `${ARN}:bank-oauth-client`,
      bankCertificate: `${ARN}:bank-client-certificate`,
    };
    const pepper = newPepperSecret();
    const secretsManager = new LoopbackSecretsManager({
      [secrets.signingKey]: signingKeyPem(),
      [secrets.clientSecretPepper]: pepper,
      [secrets.sandboxClient]: SANDBOX_CLIENT.secret,
      [secrets.bankClient]: SANDBOX_CLIENT.secret,
      ...(options.production && {
        [secrets.bankCertificate]: JSON.stringify(options.production.clientCertificate),
      }),
    });
    const productionBank = options.production?.bank ?? sandbox;
    const sqs = new LoopbackSqs();
    const lambda = new LoopbackLambda();
    const aws = await LoopbackAws.start({
      dynamoDbEndpoint: options.dynamoDbEndpoint,
      dynamoDbAccessKeyId: DYNAMODB_LOCAL_CREDENTIALS.accessKeyId,
      kms: new LoopbackKms(bankTokenKeyArn),
      secretsManager,
      sqs,
      lambda,
    });
    return new LifecycleWorld(
      sandbox,
      aws,
      secretsManager,
      sqs,
      lambda,
      dynamoDb,
      {
        region,
        tableName,
        awsEndpoints: aws.endpointVariables(),
        bankTokenKeyArn,
        sandbox: {
          apiUrl: sandbox.apiBaseUrl,
          clientId: SANDBOX_CLIENT.id,
          clientSecretArn: secrets.sandboxClient,
        },
        production: {
          apiUrl: productionBank.apiBaseUrl,
          authorizeUrl: `${productionBank.url}/ic/sso/api/v2/oauth/authorize`,
          tokenUrl: `${productionBank.url}/ic/sso/api/v2/oauth/token`,
          clientId: SANDBOX_CLIENT.id,
          clientSecretArn: secrets.bankClient,
          ...(options.production && { certificateSecretArn: secrets.bankCertificate }),
        },
        signingKeySecretArn: secrets.signingKey,
        clientSecretPepperSecretArn: secrets.clientSecretPepper,
        // On the loopback endpoint itself: the SQS client sends to the queue URL's host.
        checkQueueUrl: `${aws.url}/111122223333/harness-status-sync-checks`,
      },
      ClientSecretHasher.keyedBy(pepper),
    );
  }

  /** The cards gateway, as deployed, over this world. */
  cardsGateway(options: WorldFunctionOptions): LambdaFunction {
    return this.deploy(cardsGatewayFunction, options);
  }

  /** The status sync, as deployed, over this world. */
  statusSync(options: WorldFunctionOptions): LambdaFunction {
    return this.deploy(statusSyncFunction, options);
  }

  /** The portal API, as deployed, over this world (people call it on `PORTAL_API_ROUTES`). */
  portalApi(options: WorldFunctionOptions): LambdaFunction {
    return this.deploy(portalApiFunction, options);
  }

  /** Publishes the catalog with `plans` added to the business-cards product. */
  async publishPlans(plans: readonly Plan[]): Promise<void> {
    const { catalog } = this.repositories;
    this.catalogVersion += 1;
    await catalog.publish({
      version: this.catalogVersion,
      products: CATALOG_V1.products.map((product) =>
        product.id === 'business-cards'
          ? { ...product, plans: [...product.plans, ...plans] }
          : product,
      ),
    });
  }

  /**
   * Publishes a production plan like the catalog's, with `ratePerSecond` of its own, and returns its
   * id: counting cases call back to back, faster than the catalog's rate would admit.
   */
  async productionPlanAt(ratePerSecond: number): Promise<string> {
    const product = CATALOG_V1.products.find((candidate) => candidate.id === 'business-cards');
    const production = product?.plans.find((plan) => plan.id === 'production');
    if (!production) throw new Error('The catalog has no production plan of business cards');
    const id = `production-${ratePerSecond}-per-second`;
    await this.publishPlans([
      { ...production, id, texts: { ru: { name: id }, en: { name: id } }, ratePerSecond },
    ]);
    return id;
  }

  /** Publishes a sandbox plan of `limits` and returns a new application subscribed to it. */
  async applicationOnSandboxPlan(
    limits: Pick<Plan, 'id' | 'ratePerSecond' | 'quotaPerDay'>,
    options: { readonly webhookEvents?: readonly string[] } = {},
  ): Promise<HarnessApplication> {
    await this.publishPlans([
      {
        texts: { ru: { name: limits.id }, en: { name: limits.id } },
        contour: 'sandbox',
        confidential: false,
        ...limits,
      },
    ]);
    return this.application(limits.id, options);
  }

  /**
   * A new organisation with an application subscribed to `planId`; with `webhookEvents`, a webhook
   * of the application subscribed to them (its deliveries are what {@link webhookEvents} reads).
   */
  async application(
    planId: string | undefined,
    options: { readonly webhookEvents?: readonly string[] } = {},
  ): Promise<HarnessApplication> {
    const deps = this.serviceDependencies();
    const access = new OrganisationAccess(deps.organisations, deps.members);
    const owner = {
      userId: `owner-${randomUUID()}`,
      email: 'owner@example.test',
      sourceIp: '203.0.113.7',
    };
    const organisation = await new OrganisationService(deps).create(owner, 'Partner');
    const created = await new ApplicationService(deps).create(
      owner,
      await access.authorise(owner, organisation.id, 'application.manage'),
      {
        name: 'Harness app',
      },
    );
    if (planId !== undefined) {
      await new SubscriptionService(deps).subscribe(
        owner,
        await access.authorise(owner, organisation.id, 'subscription.manage'),
        created.application.id,
        'business-cards',
        planId,
      );
    }
    if (options.webhookEvents) {
      await new WebhookService(deps).register(
        owner,
        await access.authorise(owner, organisation.id, 'application.manage'),
        created.application.id,
        {
          url: 'https://receiver.example.test/hooks',
          events: options.webhookEvents,
        },
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

  /**
   * A new organisation allowed the confidential product (its access request approved by an
   * operator), connected to the bank with the director's `tokens` (sealed with the world's KMS)
   * and with an application subscribed to the production plan.
   */
  async productionApplication(
    tokens: DirectorTokens,
    planId = 'production',
  ): Promise<HarnessApplication> {
    const deps = this.serviceDependencies();
    const access = new OrganisationAccess(deps.organisations, deps.members);
    const app = await this.application(undefined);
    const { owner } = app;
    const request = await new AccessRequestService(deps).submit(
      owner,
      await access.authorise(owner, app.organisationId, 'accessRequest.submit'),
      {
        productId: 'business-cards',
        contactName: 'Anna Partner',
        contactEmail: 'anna@example.test',
        purpose: 'Manage the limits of our business cards',
      },
    );
    await new AccessRequestService(deps).decide(
      {
        userId: `operator-${randomUUID()}`,
        email: 'operator@example.test',
        sourceIp: '203.0.113.9',
        operator: true,
      },
      request.id,
      { decision: 'approve' },
    );
    await new SubscriptionService(deps).subscribe(
      owner,
      await access.authorise(owner, app.organisationId, 'subscription.manage'),
      app.applicationId,
      'business-cards',
      planId,
    );
    const now = Date.now();
    await new BankConnectionService(deps).connect(
      owner,
      await access.authorise(owner, app.organisationId, 'bankConnection.manage'),
      {
        ...tokens,
        accessTokenExpiresAt: new Date(now + 3_600_000).toISOString(),
        refreshTokenExpiresAt: new Date(now + 86_400_000).toISOString(),
        scopes: ['BUSINESS_CARD_LIMIT', 'CORPORATE_CARDS', 'GET_CRYPTO_INFO'],
      },
    );
    return app;
  }

  /** The data of every webhook event of `type` queued for `app`'s webhook (one delivery each). */
  async webhookEvents(app: HarnessApplication, type: string): Promise<Record<string, unknown>[]> {
    const events: Record<string, unknown>[] = [];
    const table = new DocumentStore(this.dynamoDb, this.deployed.tableName);
    for await (const item of table.queryAll({
      keyCondition: {
        expression: 'PK = :pk AND begins_with(SK, :deliveries)',
        values: { ':pk': `APP#${app.applicationId}`, ':deliveries': 'WHDELIVERY#' },
      },
      consistent: true,
    })) {
      if (item.eventType !== type) continue;
      const body = JSON.parse(String(item.body)) as { data: Record<string, unknown> };
      events.push(body.data);
    }
    return events;
  }

  /** The calls counted in `app`'s usage counters today (UTC), in total and by status class. */
  async usageToday(
    app: HarnessApplication,
  ): Promise<{ calls: number; byStatusClass: Record<string, number> }> {
    const day = new Date().toISOString().slice(0, 10);
    const buckets = await this.repositories.usage.query(
      app.organisationId,
      app.applicationId,
      'day',
      day,
      day,
    );
    const summary = summariseUsage(buckets);
    return { calls: summary.calls, byStatusClass: { ...summary.byStatusClass } };
  }

  /**
   * `count` limit-change requests pending at the sandbox's demo organisation (drafts awaiting
   * signature: they stay pending), made as `organisationId`'s tenant there as the functions make
   * them, and recorded for `organisationId` as due now, on the sandbox contour the status sync
   * reads them through.
   */
  async dueLimitChanges(count: number, organisationId: string = randomUUID()): Promise<string[]> {
    const demo = this.sandbox.organizations[0];
    const card = demo?.cards.find((candidate) => candidate.status === 'ACTIVE');
    if (!demo || !card) throw new Error('the sandbox has no demo organisation with an active card');
    const client = createSberClient({
      environment: this.sandbox.apiBaseUrl,
      tokenProvider: async () =>
        this.sandbox.issueAccessToken({
          organizationId: demo.id,
          tenant: { clientId: SANDBOX_CLIENT.id, id: organisationId },
        }),
    });
    // Recorded as if seven hours ago: a draft's next check (six hours on) is due now.
    const recordedAt = { now: () => new Date(Date.now() - 7 * 3_600_000) };
    const service = new LimitChangeService({
      ...this.repositories,
      clock: recordedAt,
      crypto: nodeCrypto,
    });
    const gatewayActor = applicationActor('harness-app', '198.51.100.4');
    const externalIds: string[] = [];
    try {
      for (let index = 0; index < count; index++) {
        const change = {
          businessCardId: card.businessCardId,
          code: 'NON_RENEW',
          externalId: randomUUID(),
          limit: 150_000,
        };
        const created = await client.createLimitChange(change);
        if (created.outcome !== 'created') throw new Error('the sandbox refused a draft');
        await service.record(gatewayActor, organisationId, {
          externalId: change.externalId,
          state: created.document.bankStatus ?? 'CREATED',
          businessCardId: change.businessCardId,
          contour: 'sandbox',
          applicationId: 'harness-app',
        });
        externalIds.push(change.externalId);
      }
    } finally {
      await client.close();
    }
    return externalIds;
  }

  /** Whether the bank has been asked for each of `externalIds` of `organisationId` since recorded. */
  async checkedLimitChanges(
    organisationId: string,
    externalIds: readonly string[],
  ): Promise<boolean[]> {
    const { limitChanges } = this.repositories;
    return Promise.all(
      externalIds.map(async (externalId) => {
        const record = await limitChanges.get(organisationId, externalId);
        return record?.lastCheckedAt !== undefined;
      }),
    );
  }

  /** The token vault the functions use: data keys from the world's KMS, signed as the test's own. */
  vault(): TokenVault {
    const kms = new KMSClient({
      endpoint: this.aws.url,
      region: this.deployed.region,
      credentials: this.aws.issueCredentials(() => {}),
    });
    return new TokenVault(new KmsKeyEncryption(kms, this.deployed.bankTokenKeyArn));
  }

  async close(): Promise<void> {
    await Promise.all(this.functions.map((fn) => fn.close()));
    await this.aws.close();
    await this.sandbox.close();
    await this.dynamoDb.send(new DeleteTableCommand({ TableName: this.deployed.tableName }));
    this.dynamoDb.destroy();
  }

  /** The portal's services' dependencies on the world's table, clock and KMS. */
  private serviceDependencies() {
    return {
      ...this.repositories,
      vault: this.vault(),
      clock: systemClock,
      crypto: nodeCrypto,
      hasher: this.hasher,
    };
  }

  /** A function configured by `configure` over this world, deployed to its Lambda. */
  private deploy(
    configure: (world: DeployedWorld, options: DeployedFunctionOptions) => FunctionConfiguration,
    options: WorldFunctionOptions,
  ): LambdaFunction {
    const fn = new LambdaFunction(
      configure(this.deployed, options),
      this.aws,
      options.randomReclaims,
    );
    this.lambda.deploy(fn);
    this.functions.push(fn);
    return fn;
  }
}

/** The gateway's ES256 signing key, as the stack's secret holds it (PKCS #8 PEM). */
function signingKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}
