import { Duration } from 'aws-cdk-lib';
import {
  type CfnStage,
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  type HttpRoute,
  type HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { IdentityConstruct } from '../identity/identity-construct.js';
import { type Acknowledgement, acknowledgeOnResource } from '../nag/acknowledge-on-resource.js';
import type { StageSettings } from '../stage/stage-context.js';
import { PORTAL_SPEC } from '../workspace-paths.js';
import { ACCESS_LOG_FORMAT } from './access-log-format.js';
import { publicPortalRoutes } from './public-portal-routes.js';

/**
 * The gateway's client-credentials token endpoint. A route's bucket is one for every caller, so a
 * tight one would let junk lock every partner out of new tokens: its bucket is wide (the stage's
 * `tokenEndpointThrottle`), and the gateway throttles failures per source address and per Client
 * ID in the table.
 */
const TOKEN_ROUTE = { method: HttpMethod.POST, path: '/oauth/token' } as const;

/** Props of {@link ApiConstruct}. */
export interface ApiConstructProps {
  readonly settings: StageSettings;
  readonly identity: IdentityConstruct;
  /** The origin of the web portal this stack hosts, allowed by CORS with the configured ones. */
  readonly webOrigin: string;
}

/**
 * The HTTP API in front of both APIs: the portal's `/v1` routes behind a JWT authorizer on the
 * Cognito user pool, the cards gateway's routes public (the gateway checks its own tokens), one
 * `$default` stage with throttling and JSON access logs, and CORS for the web portal's origins.
 */
export class ApiConstruct extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  private readonly settings: StageSettings;
  private readonly identity: IdentityConstruct;

  constructor(scope: Construct, id: string, props: ApiConstructProps) {
    super(scope, id);
    this.settings = props.settings;
    this.identity = props.identity;
    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `devportal-${props.settings.name}`,
      description: 'The developer portal API and the cards gateway',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [...props.settings.deployment.portalOrigins, props.webOrigin],
        allowMethods: [
          CorsHttpMethod.GET,
          CorsHttpMethod.POST,
          CorsHttpMethod.PUT,
          CorsHttpMethod.PATCH,
          CorsHttpMethod.DELETE,
        ],
        // x-sandbox-user: Try-it names the seeded sandbox user a sandbox call acts as.
        allowHeaders: ['authorization', 'content-type', 'x-request-id', 'x-sandbox-user'],
        exposeHeaders: ['x-request-id'],
        maxAge: Duration.hours(1),
      },
    });
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.settings.logRetention,
    });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: props.settings.apiThrottle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: ACCESS_LOG_FORMAT,
      },
    });
  }

  /** The API's base URL, without a trailing slash. */
  get endpoint(): string {
    return this.httpApi.apiEndpoint;
  }

  /**
   * Routes `/v1/*` to the portal API behind the user pool's JWT authorizer, except the operations
   * the spec declares public.
   */
  routePortalApi(handler: IFunction): void {
    const integration = new HttpLambdaIntegration('PortalApi', handler);
    this.httpApi.addRoutes({
      path: '/v1/{proxy+}',
      methods: [HttpMethod.ANY],
      integration,
      authorizer: new HttpUserPoolAuthorizer('PortalUsers', this.identity.userPool, {
        userPoolClients: [this.identity.webClient],
      }),
    });
    for (const route of publicPortalRoutes(PORTAL_SPEC)) {
      this.publicRoutes(route.path, [route.method], integration, {
        id: 'AwsSolutions-APIG4',
        reason: `${route.method} ${route.path} has no security requirement in spec/portal.yaml: the caller is a browser coming back from the bank, identified by a single-use state.`,
      });
    }
  }

  /**
   * Routes the cards gateway's token endpoint and the bank's operations under `/cards`. Partner
   * applications hold no Cognito identity: the gateway checks their credentials and its own tokens.
   */
  routeCardsGateway(handler: IFunction): void {
    const integration = new HttpLambdaIntegration('CardsGateway', handler);
    const [tokenRoute] = this.publicRoutes(TOKEN_ROUTE.path, [TOKEN_ROUTE.method], integration, {
      id: 'AwsSolutions-APIG4',
      reason: 'OAuth client credentials: the gateway verifies the Client ID and Secret itself.',
    });
    this.publicRoutes('/cards/{proxy+}', [HttpMethod.ANY], integration, {
      id: 'AwsSolutions-APIG4',
      reason: "The gateway verifies its own ES256 access tokens (apps/cards-gateway's README).",
    });
    const stage = this.stage.node.defaultChild as CfnStage;
    const { rateLimit, burstLimit } = this.settings.tokenEndpointThrottle;
    // A map of route keys to CloudFormation's own RouteSettings shape: CDK passes it on verbatim.
    stage.routeSettings = {
      [`${TOKEN_ROUTE.method} ${TOKEN_ROUTE.path}`]: {
        ThrottlingRateLimit: rateLimit,
        ThrottlingBurstLimit: burstLimit,
      },
    };
    // Route settings name a route key, which must exist before the stage refers to it.
    if (tokenRoute) stage.node.addDependency(tokenRoute);
  }

  private publicRoutes(
    path: string,
    methods: HttpMethod[],
    integration: HttpLambdaIntegration,
    acknowledgement: Acknowledgement,
  ): HttpRoute[] {
    const routes = this.httpApi.addRoutes({ path, methods, integration });
    for (const route of routes) acknowledgeOnResource(route, acknowledgement);
    return routes;
  }
}
