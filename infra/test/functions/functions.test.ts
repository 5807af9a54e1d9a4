import { USAGE_MINUTE_CLOSES_AFTER_MS } from '@devportal/portal-domain';
import { bankServers, sberOAuthEndpoints } from '@devportal/sber-client';
import type { Template } from 'aws-cdk-lib/assertions';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DevportalStack } from '../../src/devportal-stack.js';
import type { AppFunction } from '../../src/functions/app-function.js';
import { synthesizeStage } from '../support/synthesize.js';
import {
  actionsOf,
  actionsOn,
  arnOf,
  refTo,
  resourceOf,
  statementsOf,
  environmentOf as variablesOf,
} from '../support/template-queries.js';

let stack: DevportalStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthesizeStage('dev'));
});

/** What each deployed app is, reads and may do. */
interface Expectation {
  readonly app: () => AppFunction;
  readonly packageName: string;
  readonly service: string;
  readonly memorySize: number;
  readonly timeoutSeconds: number;
  readonly tableActions: readonly string[];
  readonly secrets: () => readonly ISecret[];
}

const READ_WRITE = [
  'dynamodb:ConditionCheckItem',
  'dynamodb:DeleteItem',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:Query',
  'dynamodb:UpdateItem',
];

const EXPECTATIONS: Record<string, Expectation> = {
  'portal-api': {
    app: () => stack.portalApi,
    packageName: '@devportal/portal-api',
    service: 'portal-api',
    memorySize: 512,
    timeoutSeconds: 29,
    tableActions: [...READ_WRITE, 'dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem'].sort(),
    secrets: () => [
      stack.secrets.bankOAuthClientSecret,
      stack.secrets.bankClientCertificate,
      stack.secrets.clientSecretPepper,
    ],
  },
  'cards-gateway': {
    app: () => stack.cardsGateway,
    packageName: '@devportal/cards-gateway',
    service: 'cards-gateway',
    memorySize: 512,
    timeoutSeconds: 29,
    tableActions: READ_WRITE,
    secrets: () => [
      stack.secrets.gatewaySigningKey,
      stack.secrets.clientSecretPepper,
      stack.secrets.sandboxOAuthClientSecret,
      stack.secrets.bankClientCertificate,
      stack.secrets.bankOAuthClientSecret,
    ],
  },
  'status-sync': {
    app: () => stack.statusSync,
    packageName: '@devportal/status-sync',
    service: 'status-sync',
    memorySize: 512,
    timeoutSeconds: 240,
    tableActions: [...READ_WRITE, 'dynamodb:BatchGetItem'].sort(),
    secrets: () => [
      stack.secrets.sandboxOAuthClientSecret,
      stack.secrets.bankClientCertificate,
      stack.secrets.bankOAuthClientSecret,
    ],
  },
};

const functionOf = (app: AppFunction) => resourceOf(template, app.handler);
const environmentOf = (app: AppFunction) => variablesOf(template, app.handler);

describe.each(Object.entries(EXPECTATIONS))('%s', (_, expected) => {
  test('runs on Node.js 22, arm64, traced by X-Ray, from the bundled ESM handler', () => {
    expect(functionOf(expected.app()).Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'Active' },
      Handler: 'index.handler',
      MemorySize: expected.memorySize,
      Timeout: expected.timeoutSeconds,
      LoggingConfig: { LogGroup: refTo(expected.app().logGroup) },
    });
  });

  test('configures Powertools: service, namespace, log level; no events logged', () => {
    expect(environmentOf(expected.app())).toMatchObject({
      POWERTOOLS_SERVICE_NAME: expected.service,
      POWERTOOLS_METRICS_NAMESPACE: 'Devportal/dev',
      POWERTOOLS_LOG_LEVEL: 'DEBUG',
      POWERTOOLS_LOGGER_LOG_EVENT: 'false',
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  test('reaches the table and the token vault key by their names, and each secret by ARN', () => {
    const environment = environmentOf(expected.app());
    expect(environment.PORTAL_TABLE_NAME).toEqual(refTo(stack.data.table));
    expect(environment.BANK_TOKEN_KEY_ARN).toEqual(arnOf(stack.secrets.bankTokenKey));
    const secretArns = Object.entries(environment).filter(([name]) => name.endsWith('_SECRET_ARN'));
    expect(secretArns.map(([, value]) => value)).toEqual(
      expect.arrayContaining(expected.secrets().map(refTo)),
    );
    expect(secretArns).toHaveLength(expected.secrets().length);
  });

  test('may do only its own item actions on the table, and query its indexes by name', () => {
    const role = expected.app().role;
    expect(actionsOn(template, role, arnOf(stack.data.table))).toEqual(expected.tableActions);
    const indexes = statementsOf(template, role).filter((s) =>
      JSON.stringify(s.Resource).includes('/index/'),
    );
    expect(indexes).toHaveLength(1);
    expect(indexes[0]?.Action).toBe('dynamodb:Query');
    expect(JSON.stringify(indexes[0]?.Resource)).toMatch(/\/index\/GSI1.*\/index\/GSI2/);
  });

  test("uses the table's key only through DynamoDB, and the token key to seal and open", () => {
    const role = expected.app().role;
    const tableKey = statementsOf(template, role).find(
      (s) => JSON.stringify(s.Resource) === JSON.stringify(arnOf(stack.data.tableKey)),
    );
    expect(tableKey?.Condition).toEqual({
      StringEquals: {
        'kms:ViaService': expect.objectContaining({ 'Fn::Join': expect.anything() }),
      },
    });
    expect(actionsOn(template, role, arnOf(stack.secrets.bankTokenKey))).toEqual([
      'kms:Decrypt',
      'kms:GenerateDataKey',
    ]);
  });

  test('reads the values of its own secrets only', () => {
    const role = expected.app().role;
    const readable = statementsOf(template, role)
      .filter((s) => actionsOf(s).some((action) => action.startsWith('secretsmanager:')))
      .flatMap((s) => {
        expect(actionsOf(s)).toEqual(['secretsmanager:GetSecretValue']);
        return Array.isArray(s.Resource) ? s.Resource : [s.Resource];
      });
    expect(readable).toEqual(expect.arrayContaining(expected.secrets().map(refTo)));
    expect(readable).toHaveLength(expected.secrets().length);
  });

  test('holds no wildcard resource but X-Ray, no scan, no managed policy', () => {
    const role = expected.app().role;
    for (const statement of statementsOf(template, role)) {
      if (statement.Resource === '*') {
        expect(actionsOf(statement)).toEqual(['xray:PutTraceSegments', 'xray:PutTelemetryRecords']);
      }
      expect(actionsOf(statement)).not.toContain('dynamodb:Scan');
      expect(actionsOf(statement).every((action) => !action.endsWith('*'))).toBe(true);
    }
    expect(resourceOf(template, role).Properties.ManagedPolicyArns).toBeUndefined();
  });

  test('writes logs to its own group only, kept for the stage retention', () => {
    const app = expected.app();
    expect(actionsOn(template, app.role, arnOf(app.logGroup))).toEqual([
      'logs:CreateLogStream',
      'logs:PutLogEvents',
    ]);
    expect(resourceOf(template, app.logGroup).Properties.RetentionInDays).toBe(30);
    expect(resourceOf(template, app.logGroup).DeletionPolicy).toBe('Retain');
  });
});

describe('wiring between the apps', () => {
  test("leaves the usage roll-up's closed minutes a minute of margin past the gateway's timeout", () => {
    // A call is counted before its answer, so at most the gateway's timeout after its minute.
    const gatewayTimeoutMs = (functionOf(stack.cardsGateway).Properties.Timeout as number) * 1000;
    expect(gatewayTimeoutMs + 60_000).toBeLessThanOrEqual(USAGE_MINUTE_CLOSES_AFTER_MS);
  });

  test('only the portal API may invoke the status sync, and only the function itself', () => {
    const invokers = Object.values(EXPECTATIONS).filter((expected) =>
      statementsOf(template, expected.app().role).some((s) =>
        actionsOf(s).includes('lambda:InvokeFunction'),
      ),
    );
    expect(invokers.map((expected) => expected.service)).toEqual(['portal-api']);
    expect(actionsOn(template, stack.portalApi.role, arnOf(stack.statusSync.handler))).toEqual([
      'lambda:InvokeFunction',
    ]);
    expect(environmentOf(stack.portalApi).STATUS_SYNC_FUNCTION_NAME).toEqual(
      refTo(stack.statusSync.handler),
    );
  });

  test('the portal API and the gateway key Client Secrets with one pepper', () => {
    const pepper = refTo(stack.secrets.clientSecretPepper);
    expect(environmentOf(stack.portalApi).CLIENT_SECRET_PEPPER_SECRET_ARN).toEqual(pepper);
    expect(environmentOf(stack.cardsGateway).CLIENT_SECRET_PEPPER_SECRET_ARN).toEqual(pepper);
  });

  test('the gateway and the sync reach the contours with the same variables', () => {
    const contourVariables = (app: AppFunction) =>
      Object.entries(environmentOf(app)).filter(([name]) => /^(SANDBOX|SBER)_/.test(name));
    expect(contourVariables(stack.statusSync)).toEqual(contourVariables(stack.cardsGateway));
  });

  test("the bank redirects to the website's callback page", () => {
    expect(environmentOf(stack.portalApi).SBER_OAUTH_REDIRECT_URI).toEqual({
      'Fn::Join': [
        '',
        [
          'https://',
          { 'Fn::GetAtt': [expect.any(String), 'DomainName'] },
          '/bank-connection/callback',
        ],
      ],
    });
  });

  test("dev reaches the bank's test contour, as @devportal/sber-client names it", () => {
    expect(environmentOf(stack.portalApi).SBER_CONTOUR).toBe('test');
    expect(environmentOf(stack.cardsGateway)).toMatchObject({
      SBER_API_URL: bankServers.test,
      SBER_OAUTH_TOKEN_URL: sberOAuthEndpoints.test.tokenUrl,
    });
    expect(environmentOf(stack.statusSync)).toMatchObject({
      SBER_API_URL: bankServers.test,
      SBER_OAUTH_TOKEN_URL: sberOAuthEndpoints.test.tokenUrl,
    });
  });
});
