import { fileURLToPath } from 'node:url';
import {
  contentSecurityPolicy,
  FRAME_OPTIONS,
  identityConnectSources,
  REFERRER_POLICY,
  STRICT_TRANSPORT_SECURITY_MAX_AGE_SECONDS,
} from '@devportal/portal-api/security-headers';
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  Distribution,
  type HeadersFrameOption,
  type HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledgeOnResource } from '../nag/acknowledge-on-resource.js';

/** The built site of `apps/portal-web` (`pnpm synth` builds it first when it is stale). */
export const PORTAL_WEB_DIST = fileURLToPath(
  new URL('../../../apps/portal-web/dist', import.meta.url),
);

/** What the site reads from `/config.json` at start (apps/portal-web's README). */
export interface PortalWebConfig {
  readonly apiBaseUrl: string;
  readonly identity: {
    readonly kind: 'cognito';
    readonly region: string;
    readonly userPoolClientId: string;
  };
  readonly gateway: { readonly tokenUrl: string; readonly apiBaseUrl: string };
  /** The support contact shown in the site's footer and error pages; none when absent. */
  readonly support?: { readonly email: string; readonly url?: string };
}

/** Props of {@link WebConstruct}. */
export interface WebConstructProps {
  /** The site's sign-in service: its `/config.json` names it and its CSP lets the pages call it. */
  readonly identity: PortalWebConfig['identity'];
}

/**
 * The web portal's hosting: a private, encrypted, versioned bucket reached only by CloudFront
 * (origin access control), SPA routing (a deep link the bucket does not hold is answered with
 * `/index.html`, and the site's router takes over), security headers, and access logs of both.
 * Created before the API, whose CORS allows {@link origin}; the site is published by
 * {@link publish} once the API's URL is known.
 */
export class WebConstruct extends Construct {
  readonly bucket: Bucket;
  /** The site bucket's server access logs. */
  readonly logs: Bucket;
  /** The distribution's standard logs. */
  readonly cdnLogs: Bucket;
  readonly distribution: Distribution;
  private readonly identity: PortalWebConfig['identity'];

  constructor(scope: Construct, id: string, props: WebConstructProps) {
    super(scope, id);
    this.identity = props.identity;
    // Two log buckets: S3 delivers server access logs under a bucket policy (ACLs disabled), while
    // CloudFront's standard logs need ACLs, which the site's logs should not depend on.
    this.logs = logBucket(this, 'AccessLogs', ObjectOwnership.BUCKET_OWNER_ENFORCED);
    this.cdnLogs = logBucket(this, 'CdnLogs', ObjectOwnership.BUCKET_OWNER_PREFERRED);
    this.bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: this.logs,
      serverAccessLogsPrefix: 'site/',
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const region = Stack.of(this).region;
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: "The web portal's security headers",
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          // The site calls the HTTP API of its own region and the Cognito endpoint of its
          // configuration, nothing else.
          contentSecurityPolicy: contentSecurityPolicy([
            `https://*.execute-api.${region}.amazonaws.com`,
            ...identityConnectSources(props.identity),
          ]),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(STRICT_TRANSPORT_SECURITY_MAX_AGE_SECONDS),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: FRAME_OPTIONS as HeadersFrameOption, override: true },
        referrerPolicy: {
          referrerPolicy: REFERRER_POLICY as HeadersReferrerPolicy,
          override: true,
        },
      },
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'The developer portal web site',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
      },
      // The bucket answers 403 for a key it lacks (CloudFront may not list it): both are deep links.
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: '/index.html',
        ttl: Duration.seconds(0),
      })),
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.cdnLogs,
      logFilePrefix: 'cloudfront/',
    });
    for (const acknowledgement of [
      {
        id: 'AwsSolutions-CFR1',
        reason: "Partners' developers work from anywhere; the API behind the site enforces access",
      },
      {
        id: 'AwsSolutions-CFR2',
        reason: 'A static site of public files; the HTTP API it calls has its own throttling',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          "CloudFront's default certificate until a custom domain is configured for the portal",
      },
    ]) {
      acknowledgeOnResource(this.distribution, acknowledgement);
    }
  }

  /** The site's origin, which the API's CORS must allow. */
  get origin(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }

  /**
   * Uploads the built site with its `/config.json` (values known at deploy time) and invalidates
   * the distribution's cache, so a deployment serves the new site at once. The identity part is
   * the one the CSP was made for.
   */
  publish(config: Omit<PortalWebConfig, 'identity'>): BucketDeployment {
    const deployment = new BucketDeployment(this, 'Publish', {
      destinationBucket: this.bucket,
      sources: [
        Source.asset(PORTAL_WEB_DIST, { exclude: ['config.json'] }),
        Source.jsonData('config.json', { ...config, identity: this.identity }),
      ],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });
    acknowledgeDeploymentHandler(deployment, this.bucket);
    return deployment;
  }
}

/** A private, encrypted, SSL-only log bucket kept a year, retained with the stack. */
function logBucket(scope: Construct, id: string, objectOwnership: ObjectOwnership): Bucket {
  const bucket = new Bucket(scope, id, {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    objectOwnership,
    lifecycleRules: [{ expiration: Duration.days(365) }],
    removalPolicy: RemovalPolicy.RETAIN,
  });
  acknowledgeOnResource(bucket, {
    id: 'AwsSolutions-S1',
    reason: 'It is a log bucket of the web site; logging a log bucket would recurse',
  });
  return bucket;
}

/**
 * The findings on CDK's own deployment handler (a singleton Lambda function that copies the site
 * at deploy time), acknowledged on its role and function only, each for what the handler needs.
 */
function acknowledgeDeploymentHandler(deployment: BucketDeployment, site: Bucket): void {
  const role = deployment.handlerRole;
  const reasonOf = (what: string) =>
    `CDK's BucketDeployment handler, run at deploy time only: ${what}`;
  const roleFindings: [string, string][] = [
    [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'CDK attaches the basic execution role for its logs; it is not configurable',
    ],
    ...['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'].map(
      (action): [string, string] => [
        `AwsSolutions-IAM5[Action::${action}]`,
        'the read/write grant of the asset and site buckets, which it syncs and prunes',
      ],
    ),
    [
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
      'it reads the zipped site from the bootstrap asset bucket',
    ],
    [
      `AwsSolutions-IAM5[Resource::<${Stack.of(site).getLogicalId(site.node.defaultChild as CfnBucket)}.Arn>/*]`,
      "it writes every object of the site's bucket",
    ],
    [
      'AwsSolutions-IAM5[Resource::*]',
      'cloudfront:CreateInvalidation and GetInvalidation granted by CDK on every distribution',
    ],
  ];
  for (const [id, what] of roleFindings) {
    Validations.of(role).acknowledge({ id, reason: reasonOf(what) });
  }
  const handler = role.node.scope;
  if (handler === undefined) throw new Error('The deployment handler role has no function');
  acknowledgeOnResource(handler, {
    id: 'AwsSolutions-L1',
    reason: reasonOf("its runtime is chosen by aws-cdk-lib, which moves it with CDK's releases"),
  });
}
