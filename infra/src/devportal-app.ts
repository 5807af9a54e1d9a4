import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DevportalStack } from './devportal-stack.js';
import { stageSettingsFrom } from './stage/stage-context.js';

/** The app and the one stack it deploys. */
export interface DevportalApp {
  readonly app: App;
  readonly stack: DevportalStack;
}

/**
 * The CDK app: the stack of the stage the context names (`--context stage=prod`; `dev` by
 * default), checked by cdk-nag's AwsSolutions rules, whose unacknowledged findings fail synth.
 * The stack is environment-agnostic unless the CLI's account and region are known.
 */
export function createDevportalApp(props: AppProps = {}): DevportalApp {
  const app = new App(props);
  const settings = stageSettingsFrom(app.node);
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const region = process.env.CDK_DEFAULT_REGION;
  const stack = new DevportalStack(app, `Devportal-${settings.name}`, {
    settings,
    description: `The developer portal (${settings.name}): portal API, cards gateway, status sync`,
    ...(account && region && { env: { account, region } }),
    terminationProtection: settings.name === 'prod',
  });
  // Acknowledged rules and their reasons also go into the template, for whoever audits it.
  Validations.of(app).addPlugins(
    new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }),
  );
  return { app, stack };
}
