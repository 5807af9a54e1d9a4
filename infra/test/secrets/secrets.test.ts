import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DevportalStack } from '../../src/devportal-stack.js';
import { synthesizeStage } from '../support/synthesize.js';
import { resourceOf } from '../support/template-queries.js';

let stack: DevportalStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthesizeStage('dev'));
});

describe('secrets', () => {
  test('hold the bank and sandbox credentials under the stage prefix, kept when the stack goes', () => {
    const { secrets } = stack;
    const names = [
      secrets.bankOAuthClientSecret,
      secrets.bankClientCertificate,
      secrets.gatewaySigningKey,
      secrets.sandboxOAuthClientSecret,
      secrets.clientSecretPepper,
    ].map((secret) => {
      const resource = resourceOf(template, secret);
      expect(resource.DeletionPolicy).toBe('Retain');
      return resource.Properties.Name;
    });
    expect(names).toEqual([
      'devportal/dev/bank-oauth-client-secret',
      'devportal/dev/bank-client-certificate',
      'devportal/dev/gateway-signing-key',
      'devportal/dev/sandbox-oauth-client-secret',
      'devportal/dev/client-secret-pepper',
    ]);
  });

  test('the Client Secret pepper is generated long, never typed: 64 letters and digits', () => {
    expect(
      resourceOf(template, stack.secrets.clientSecretPepper).Properties.GenerateSecretString,
    ).toEqual({
      PasswordLength: 64,
      ExcludePunctuation: true,
    });
  });

  test('never carry a value in the template: Secrets Manager generates a placeholder', () => {
    for (const secret of Object.values(template.findResources('AWS::SecretsManager::Secret'))) {
      expect(secret.Properties).not.toHaveProperty('SecretString');
      expect(secret.Properties).toHaveProperty('GenerateSecretString');
    }
  });
});

describe("the token vault's key", () => {
  test('is a rotating symmetric key with an alias, kept when the stack goes', () => {
    const key = resourceOf(template, stack.secrets.bankTokenKey);
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.Properties.KeySpec ?? 'SYMMETRIC_DEFAULT').toBe('SYMMETRIC_DEFAULT');
    expect(key.DeletionPolicy).toBe('Retain');
    template.hasResourceProperties('AWS::KMS::Alias', {
      AliasName: 'alias/devportal/dev/bank-tokens',
    });
  });
});
