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

  // The portal API (invitations, decisions), the gateway (quota warnings) and the status sync
  // (failing webhook endpoints).
  const senders = () =>
    [
      ['portal API', stack.portalApi],
      ['cards gateway', stack.cardsGateway],
      ['status sync', stack.statusSync],
    ] as const;

  test('each sending function may send through SES from its sender address on the identity only', () => {
    for (const [name, app] of senders()) {
      const sending = statementsOf(template, app.role).filter((statement) =>
        actionsOf(statement).some((action) => action.startsWith('ses:')),
      );
      expect(sending, name).toEqual([
        {
          Action: 'ses:SendEmail',
          Effect: 'Allow',
          Resource: identityArn,
          Condition: { StringEquals: { 'ses:FromAddress': dev.mailFrom } },
        },
      ]);
    }
  });

  test('each sending function knows its sender and the website the links lead to', () => {
    const websiteOrigins = senders().map(
      ([, app]) => environmentOf(template, app.handler)[ENVIRONMENT.portalSiteUrl.name],
    );
    for (const [name, app] of senders()) {
      expect(environmentOf(template, app.handler)[ENVIRONMENT.mailFrom.name], name).toBe(
        dev.mailFrom,
      );
    }
    expect(websiteOrigins[0]).toBeDefined();
    expect(websiteOrigins).toEqual([websiteOrigins[0], websiteOrigins[0], websiteOrigins[0]]);
  });
});
