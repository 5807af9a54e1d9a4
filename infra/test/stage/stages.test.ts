import { bankServers, sberOAuthEndpoints } from '@devportal/sber-client';
import { App } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DevportalStack } from '../../src/devportal-stack.js';
import type { AppFunction } from '../../src/functions/app-function.js';
import { stageSettingsFrom } from '../../src/stage/stage-context.js';
import { cdkJsonContext, synthesizeStage } from '../support/synthesize.js';
import { environmentOf, resourceOf } from '../support/template-queries.js';

const ALARM_EMAIL = 'devportal-alarms@bank.example';

let prod: DevportalStack;
let template: Template;

beforeAll(() => {
  const prodValues = cdkJsonContext()['devportal:prod'] as object;
  ({ stack: prod, template } = synthesizeStage('prod', {
    context: { 'devportal:prod': { ...prodValues, alarmEmail: ALARM_EMAIL } },
  }));
});

/** The construct tree of an app holding only `context`, to read settings from. */
function nodeWith(context: Record<string, unknown>) {
  return new App({ context }).node;
}

describe('the stage from context', () => {
  test('is dev unless the context names another', () => {
    expect(stageSettingsFrom(nodeWith(cdkJsonContext())).name).toBe('dev');
    expect(stageSettingsFrom(nodeWith({ ...cdkJsonContext(), stage: 'prod' })).name).toBe('prod');
  });

  test('refuses an unknown stage and names the missing deployment values', () => {
    expect(() => stageSettingsFrom(nodeWith({ ...cdkJsonContext(), stage: 'qa' }))).toThrow(
      'The context stage must be one of dev, prod, got qa',
    );
    const { 'devportal:dev': dev, ...rest } = cdkJsonContext();
    expect(() => stageSettingsFrom(nodeWith(rest))).toThrow('Set the context devportal:dev');
    expect(() =>
      stageSettingsFrom(
        nodeWith({ ...rest, 'devportal:dev': { ...(dev as object), sandboxApiUrl: '' } }),
      ),
    ).toThrow('Set devportal:dev.sandboxApiUrl to a non-empty string');
  });

  test('reads the support contact, and refuses a help page that is not https', () => {
    const { 'devportal:prod': prodValues } = cdkJsonContext();
    const withSupport = (values: object) =>
      stageSettingsFrom(
        nodeWith({
          ...cdkJsonContext(),
          stage: 'prod',
          'devportal:prod': { ...(prodValues as object), ...values },
        }),
      ).deployment.support;

    expect(withSupport({ supportEmail: 'help@bank.example', supportUrl: '' })).toEqual({
      email: 'help@bank.example',
    });
    expect(withSupport({ supportEmail: '', supportUrl: '' })).toBeUndefined();
    expect(() => withSupport({ supportUrl: 'javascript:alert(1)' })).toThrow(
      'Set devportal:prod.supportUrl to an https address, or leave it empty',
    );
  });
});

describe('the prod stack', () => {
  test('is named for its stage and protected from termination', () => {
    expect(prod.stackName).toBe('Devportal-prod');
    expect(prod.terminationProtection).toBe(true);
  });

  test("reaches the bank's production contour, and the sync follows production plans", () => {
    const environment = (app: AppFunction) => environmentOf(template, app.handler);
    expect(environment(prod.portalApi).SBER_CONTOUR).toBe('production');
    expect(environment(prod.cardsGateway)).toMatchObject({
      SBER_API_URL: bankServers.production,
      SBER_OAUTH_TOKEN_URL: sberOAuthEndpoints.production.tokenUrl,
    });
    expect(environment(prod.statusSync)).toMatchObject({
      SBER_API_URL: bankServers.production,
      POWERTOOLS_LOG_LEVEL: 'INFO',
      POWERTOOLS_METRICS_NAMESPACE: 'Devportal/prod',
    });
  });

  test('puts the user pool on the Plus tier with threat protection enforced', () => {
    expect(resourceOf(template, prod.identity.userPool).Properties).toMatchObject({
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
  });

  test('allows more traffic, and keeps logs for a year', () => {
    expect(resourceOf(template, prod.api.stage).Properties).toMatchObject({
      DefaultRouteSettings: { ThrottlingRateLimit: 500, ThrottlingBurstLimit: 1000 },
    });
    expect(resourceOf(template, prod.api.accessLogs).Properties.RetentionInDays).toBe(365);
  });

  test('mails alarms to the address its context names', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: ALARM_EMAIL,
    });
  });

  test('outputs the API URL, the user pool and its client, the table and the web portal', () => {
    expect(Object.keys(template.findOutputs('*')).sort()).toEqual([
      'ApiUrl',
      'TableName',
      'UserPoolClientId',
      'UserPoolId',
      'WebUrl',
    ]);
  });
});
