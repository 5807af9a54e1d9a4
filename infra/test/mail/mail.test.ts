import { ENVIRONMENT } from '@devportal/runtime/environment-variables';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DevportalStack } from '../../src/devportal-stack.js';
import { cdkJsonContext, synthesizeStage } from '../support/synthesize.js';
import { actionsOf, environmentOf, resourceOf, statementsOf } from '../support/template-queries.js';

let stack: DevportalStack;
let template: Template;
const dev = cdkJsonContext()['devportal:dev'] as { sesIdentity: string; mailFrom: string };

beforeAll(() => {
  ({ stack, template } = synthesizeStage('dev'));
});

/** The ARN of the stage's SES identity as the template spells it. */
const identityArn = {
  'Fn::Join': [
    '',
    [
      'arn:',
      { Ref: 'AWS::Partition' },
      ':ses:',
      { Ref: 'AWS::Region' },
      ':',
      { Ref: 'AWS::AccountId' },
      `:identity/${dev.sesIdentity}`,
    ],
  ],
};

describe('e-mail in AWS', () => {
  test("Cognito sends its messages through SES from the stage's sender, not its own 50-a-day one", () => {
    const { EmailConfiguration } = resourceOf(template, stack.identity.userPool).Properties;
    expect(EmailConfiguration).toMatchObject({
      EmailSendingAccount: 'DEVELOPER',
      From: `Developer portal <${dev.mailFrom}>`,
      SourceArn: identityArn,
    });
  });

  test('the portal API may send through SES from its sender address on the identity only', () => {
    const sending = statementsOf(template, stack.portalApi.role).filter((statement) =>
      actionsOf(statement).some((action) => action.startsWith('ses:')),
    );
    expect(sending).toEqual([
      {
        Action: 'ses:SendEmail',
        Effect: 'Allow',
        Resource: identityArn,
        Condition: { StringEquals: { 'ses:FromAddress': dev.mailFrom } },
      },
    ]);
  });

  test('the portal API knows its sender and the website the links lead to', () => {
    const variables = environmentOf(template, stack.portalApi.handler);
    expect(variables[ENVIRONMENT.mailFrom.name]).toBe(dev.mailFrom);
    expect(variables[ENVIRONMENT.portalSiteUrl.name]).toBeDefined();
  });

  test('no other function may send e-mail', () => {
    for (const app of [stack.cardsGateway, stack.statusSync]) {
      for (const statement of statementsOf(template, app.role)) {
        expect(actionsOf(statement).some((action) => action.startsWith('ses:'))).toBe(false);
      }
    }
  });
});
