import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type BankSandbox, startBankSandbox } from '@devportal/bank-sandbox';
import { CATALOG_V1 } from '@devportal/portal-domain';
import { createTable } from '@devportal/portal-dynamodb';
import {
  DYNAMODB_LOCAL_CREDENTIALS,
  DYNAMODB_LOCAL_REGION,
  startDynamoDbLocal,
} from '@devportal/test-support/dynamodb-local';
import type { CardsGatewayDependencies } from '../src/index.js';
import {
  localGatewayDependencies,
  newApplication,
  type PortalServices,
  portalServices,
  type TestApplication,
} from '../test/support/local-gateway.js';

/** What a gateway bench runs against: its own DynamoDB Local, table and sandbox. */
export interface BenchWorld {
  readonly dynamoDbEndpoint: string;
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly sandbox: BankSandbox;
  readonly deps: CardsGatewayDependencies;
  /** An application on the bench plan (limits far above what a bench sends). */
  readonly application: TestApplication;
  close(): Promise<void>;
}

/** Starts DynamoDB Local, `tableName` on it, a sandbox, and an application on the bench plan. */
export async function startBenchWorld(tableName: string): Promise<BenchWorld> {
  const dynamo = await startDynamoDbLocal();
  const client = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region: DYNAMODB_LOCAL_REGION,
    credentials: DYNAMODB_LOCAL_CREDENTIALS,
  });
  await createTable(client, tableName);
  const sandbox = await startBankSandbox({ port: 0 });
  const deps = {
    ...(await localGatewayDependencies(client, tableName, sandbox)),
    onQuotaWarning: () => {},
  };
  const services = portalServices(deps);
  await publishBenchPlan(services);
  return {
    dynamoDbEndpoint: dynamo.endpoint,
    client,
    tableName,
    sandbox,
    deps,
    application: await newApplication(services, BENCH_PLAN_ID),
    close: async () => {
      await sandbox.close();
      client.destroy();
      await dynamo.stop();
    },
  };
}

const BENCH_PLAN_ID = 'bench';

/** The catalog with a bench-only plan added, so only the checks' cost is measured. */
async function publishBenchPlan(services: PortalServices): Promise<void> {
  await services.repositories.catalog.publish({
    version: CATALOG_V1.version + 1,
    products: CATALOG_V1.products.map((product) => ({
      ...product,
      plans: [
        ...product.plans,
        {
          id: BENCH_PLAN_ID,
          texts: { ru: { name: 'Bench' }, en: { name: 'Bench' } },
          contour: 'sandbox' as const,
          confidential: false,
          ratePerSecond: 1_000_000,
          quotaPerDay: 100_000_000,
        },
      ],
    })),
  });
}
