import { type Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { type LogLevel, NodejsFunction, type OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeOnResource } from '../nag/acknowledge-on-resource.js';
import type { StageSettings } from '../stage/stage-context.js';
import { WORKSPACE_LOCKFILE, WORKSPACE_ROOT } from '../workspace-paths.js';
import { APP_BUNDLING } from './app-bundling.js';
import { appRuntimeVariables } from './app-runtime-variables.js';

/** Props of {@link AppFunction}. */
export interface AppFunctionProps {
  readonly settings: StageSettings;
  /** The app's Lambda module, its `src/lambda.ts`. */
  readonly entry: string;
  /** Powertools' service name: the `service` dimension of the app's metrics and logs. */
  readonly serviceName: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  /** The app's own variables, named as its `src/config.ts` reads them. */
  readonly environment: Readonly<Record<string, string>>;
}

/**
 * One app of `apps/` as a Lambda function: Node.js 22 on arm64, bundled by the local esbuild
 * (minified ESM with a source map), X-Ray tracing, Powertools configured by environment, a log
 * group of its own and a role that starts with nothing but writing to that log group.
 */
export class AppFunction extends Construct {
  readonly handler: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    const { settings } = props;
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: settings.logRetention,
      // Logs outlive the stack: they are the record of what the functions did.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // A role of our own rather than AWSLambdaBasicExecutionRole, whose log rights span every group.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.serviceName} (devportal ${settings.name})`,
    });
    this.logGroup.grantWrite(this.role);
    this.handler = new NodejsFunction(this, 'Handler', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      tracing: Tracing.ACTIVE,
      projectRoot: WORKSPACE_ROOT,
      depsLockFilePath: WORKSPACE_LOCKFILE,
      bundling: {
        ...APP_BUNDLING,
        forceDockerBundling: false,
        // The shared file names the CDK's enum values by their strings, to stay free of the CDK.
        format: APP_BUNDLING.format as OutputFormat,
        logLevel: APP_BUNDLING.logLevel as LogLevel,
      },
      environment: {
        ...props.environment,
        ...appRuntimeVariables(props.serviceName, settings),
      },
    });
    acknowledgeOnResource(this.handler, {
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is the runtime the apps are built and tested for; moving to a newer one is a change of its own.',
    });
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords have no resource-level permissions.',
    });
  }
}
