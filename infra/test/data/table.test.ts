import { ATTRIBUTES, portalTableDefinition } from '@devportal/portal-dynamodb';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, test } from 'vitest';
import { tableSchemaOf } from '../../src/data/table-schema.js';
import type { DevportalStack } from '../../src/devportal-stack.js';
import { synthesizeStage } from '../support/synthesize.js';
import { arnOf, resourceOf } from '../support/template-queries.js';

let stack: DevportalStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthesizeStage('dev'));
});

describe('the portal table', () => {
  test("has portal-domain's key schema, attributes and indexes", () => {
    const definition = portalTableDefinition('any');
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: definition.KeySchema,
      AttributeDefinitions: Match.arrayEquals(definition.AttributeDefinitions ?? []),
      GlobalSecondaryIndexes: definition.GlobalSecondaryIndexes,
    });
  });

  test('is on demand, with point-in-time recovery and TTL on expiresAt', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: ATTRIBUTES.timeToLive, Enabled: true },
    });
  });

  test('is protected from deletion and kept when the stack or the resource goes', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  test('is encrypted with its own rotating customer-managed key, which is kept', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: {
        SSEEnabled: true,
        SSEType: 'KMS',
        KMSMasterKeyId: arnOf(stack.data.tableKey),
      },
    });
    const key = resourceOf(template, stack.data.tableKey);
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.DeletionPolicy).toBe('Retain');
    template.hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/devportal/dev/table' });
  });

  test('is the only table: there is no second, hand-written one', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 0);
  });
});

describe('translating the domain definition', () => {
  test('refuses a provisioned table', () => {
    const definition = { ...portalTableDefinition('t'), BillingMode: 'PROVISIONED' as const };
    expect(() => tableSchemaOf(definition)).toThrow(/on demand/);
  });

  test('refuses a key without an attribute definition', () => {
    const definition = { ...portalTableDefinition('t'), AttributeDefinitions: [] };
    expect(() => tableSchemaOf(definition)).toThrow(/table\.PK has no attribute definition/);
  });
});
