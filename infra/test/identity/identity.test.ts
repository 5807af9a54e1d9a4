import { OPERATORS_GROUP as PORTAL_API_OPERATORS_GROUP } from '@devportal/portal-api';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DevportalStack } from '../../src/devportal-stack.js';
import { OPERATORS_GROUP } from '../../src/identity/identity-construct.js';
import { synthesizeStage } from '../support/synthesize.js';
import { refTo, resourceOf } from '../support/template-queries.js';

let stack: DevportalStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthesizeStage('dev'));
});

describe('the user pool', () => {
  const userPool = () => resourceOf(template, stack.identity.userPool);

  test('lets people sign up themselves with an e-mail address they verify', () => {
    expect(userPool().Properties).toMatchObject({
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
    });
  });

  test('requires strong passwords and offers a TOTP second factor', () => {
    expect(userPool().Properties).toMatchObject({
      Policies: {
        PasswordPolicy: {
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
  });

  test('is protected from deletion and kept when the stack goes', () => {
    expect(userPool().Properties.DeletionProtection).toBe('ACTIVE');
    expect(userPool().DeletionPolicy).toBe('Retain');
  });

  test('has the operators group under the name the portal API reads from cognito:groups', () => {
    expect(OPERATORS_GROUP).toBe(PORTAL_API_OPERATORS_GROUP);
    template.hasResourceProperties('AWS::Cognito::UserPoolGroup', {
      GroupName: OPERATORS_GROUP,
      UserPoolId: refTo(stack.identity.userPool),
    });
  });
});

describe("the web portal's client", () => {
  test("is public (no secret: it runs in a browser) with the web portal's sign-in flow only", () => {
    const client = resourceOf(template, stack.identity.webClient).Properties;
    expect(client.GenerateSecret).toBe(false);
    expect(client.ExplicitAuthFlows).toEqual([
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
    ]);
    expect(client.PreventUserExistenceErrors).toBe('ENABLED');
    expect(client.EnableTokenRevocation).toBe(true);
  });
});
