import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ApiConstruct } from './api/api-construct.js';
import { DataConstruct } from './data/data-construct.js';
import { CardsGatewayFunction } from './functions/cards-gateway-function.js';
import { PortalApiFunction } from './functions/portal-api-function.js';
import { StatusSyncFunction } from './functions/status-sync-function.js';
import { IdentityConstruct } from './identity/identity-construct.js';
import { ObservabilityConstruct } from './observability/observability-construct.js';
import { SecretsConstruct } from './secrets/secrets-construct.js';
import type { StageSettings } from './stage/stage-context.js';
import { SyncConstruct } from './sync/sync-construct.js';
import { WebConstruct } from './web/web-construct.js';

/** Props of {@link DevportalStack}. */
export interface DevportalStackProps extends StackProps {
  readonly settings: StageSettings;
}

/**
 * One stage of the developer portal on AWS: a construct per concern. The web portal's hosting
 * comes before the API (whose CORS allows its origin) and is published after it (its
 * `/config.json` holds the API's URL).
 */
export class DevportalStack extends Stack {
  readonly data: DataConstruct;
  readonly secrets: SecretsConstruct;
  readonly identity: IdentityConstruct;
  readonly api: ApiConstruct;
  readonly web: WebConstruct;
  readonly statusSync: StatusSyncFunction;
  readonly portalApi: PortalApiFunction;
  readonly cardsGateway: CardsGatewayFunction;
  readonly sync: SyncConstruct;
  readonly observability: ObservabilityConstruct;

  constructor(scope: Construct, id: string, props: DevportalStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const stage = settings.name;
    this.data = new DataConstruct(this, 'Data', { stage });
    this.secrets = new SecretsConstruct(this, 'Secrets', { stage });
    this.identity = new IdentityConstruct(this, 'Identity', { settings });
    this.web = new WebConstruct(this, 'Web', {
      identity: {
        kind: 'cognito',
        region: this.region,
        userPoolClientId: this.identity.webClient.userPoolClientId,
      },
    });
    this.api = new ApiConstruct(this, 'Api', {
      settings,
      identity: this.identity,
      webOrigin: this.web.origin,
    });
    this.web.publish({
      apiBaseUrl: this.api.endpoint,
      gateway: {
        tokenUrl: `${this.api.endpoint}/oauth/token`,
        apiBaseUrl: `${this.api.endpoint}/cards/fintech/api`,
      },
      ...(settings.deployment.support && { support: settings.deployment.support }),
    });

    const services = { settings, data: this.data, secrets: this.secrets };
    this.statusSync = new StatusSyncFunction(this, 'StatusSync', {
      ...services,
      webOrigin: this.web.origin,
    });
    this.portalApi = new PortalApiFunction(this, 'PortalApi', {
      ...services,
      statusSync: this.statusSync,
      webOrigin: this.web.origin,
    });
    this.cardsGateway = new CardsGatewayFunction(this, 'CardsGateway', {
      ...services,
      webOrigin: this.web.origin,
    });
    this.api.routePortalApi(this.portalApi.handler);
    this.api.routeCardsGateway(this.cardsGateway.handler);

    this.sync = new SyncConstruct(this, 'Sync', {
      stage,
      statusSync: this.statusSync,
      reservedConcurrency: settings.syncReservedConcurrency,
    });
    this.observability = new ObservabilityConstruct(this, 'Observability', {
      settings,
      functions: [this.portalApi, this.cardsGateway, this.statusSync],
      api: this.api,
      sync: this.sync,
    });

    new CfnOutput(this, 'ApiUrl', {
      description: 'The base URL of the portal API (/v1) and the cards gateway (/oauth, /cards)',
      value: this.api.endpoint,
    });
    new CfnOutput(this, 'WebUrl', {
      description: 'The web portal (CloudFront)',
      value: this.web.origin,
    });
    new CfnOutput(this, 'UserPoolId', { value: this.identity.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', {
      description: "The web portal's Cognito client",
      value: this.identity.webClient.userPoolClientId,
    });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
  }
}
