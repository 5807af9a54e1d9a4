import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DevportalStack } from '../../src/devportal-stack.js';
import { cdkJsonContext, synthesizeStage } from '../support/synthesize.js';
import { logicalIdOf, refTo, resourceOf } from '../support/template-queries.js';

let stack: DevportalStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthesizeStage('dev'));
});

const getAtt = (construct: Parameters<typeof logicalIdOf>[0], attribute: string) => ({
  'Fn::GetAtt': [logicalIdOf(construct), attribute],
});

describe("the web portal's bucket", () => {
  const site = () => resourceOf(template, stack.web.bucket);

  test('is private, encrypted, versioned, logged and retained', () => {
    expect(site().Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
        ],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: {
        DestinationBucketName: refTo(stack.web.logs),
        LogFilePrefix: 'site/',
      },
    });
    expect(site().DeletionPolicy).toBe('Retain');
  });

  test('refuses requests without TLS and lets only this distribution read it (OAC)', () => {
    const policy = Object.values(template.findResources('AWS::S3::BucketPolicy')).find(
      (candidate) =>
        JSON.stringify(candidate.Properties.Bucket) === JSON.stringify(refTo(stack.web.bucket)),
    );
    const statements = policy?.Properties.PolicyDocument.Statement as Record<string, unknown>[];
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        Principal: { AWS: '*' },
      }),
    );
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } },
      }),
    );
    const oac = statements.find((statement) => statement.Action === 's3:GetObject');
    expect(JSON.stringify(oac?.Condition)).toContain(logicalIdOf(stack.web.distribution));
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 0);
  });
});

describe("the web portal's distribution", () => {
  const distribution = () =>
    resourceOf(template, stack.web.distribution).Properties.DistributionConfig as {
      DefaultCacheBehavior: Record<string, unknown>;
    };

  test('serves index.html for deep links (SPA routing) over HTTPS only, and logs', () => {
    expect(distribution()).toMatchObject({
      DefaultRootObject: 'index.html',
      CustomErrorResponses: [403, 404].map((code) => ({
        ErrorCode: code,
        ResponseCode: 200,
        ResponsePagePath: '/index.html',
        ErrorCachingMinTTL: 0,
      })),
      DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https' },
      Logging: { Bucket: getAtt(stack.web.cdnLogs, 'RegionalDomainName'), Prefix: 'cloudfront/' },
    });
  });

  test('sends security headers: CSP to the API and Cognito only, HSTS, no framing, no sniffing', () => {
    const [policy] = Object.values(
      template.findResources('AWS::CloudFront::ResponseHeadersPolicy'),
    );
    const headers = policy?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(distribution().DefaultCacheBehavior.ResponseHeadersPolicyId).toBeDefined();
    expect(headers).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 31_536_000, IncludeSubdomains: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY' },
      ReferrerPolicy: { ReferrerPolicy: 'no-referrer' },
    });
    const csp = JSON.stringify(headers?.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    // Exactly the API's and the configured Cognito's origins: no emulator, no wildcard host.
    const [, parts] = headers?.ContentSecurityPolicy.ContentSecurityPolicy['Fn::Join'] ?? [];
    const written = (parts as unknown[])
      .map((part) => (typeof part === 'string' ? part : JSON.stringify(part)))
      .join('');
    const connectSources = /connect-src ([^;]*);/.exec(written)?.[1]?.split(' ');
    const region = JSON.stringify({ Ref: 'AWS::Region' });
    expect(connectSources).toEqual([
      "'self'",
      `https://*.execute-api.${region}.amazonaws.com`,
      `https://cognito-idp.${region}.amazonaws.com`,
    ]);
  });
});

describe("the web portal's publication", () => {
  test('uploads the built site with a /config.json made of the stack outputs, and invalidates the cache', () => {
    const [deployment] = Object.values(template.findResources('Custom::CDKBucketDeployment'));
    const properties = deployment?.Properties;
    expect(properties).toMatchObject({
      DestinationBucketName: refTo(stack.web.bucket),
      DistributionId: refTo(stack.web.distribution),
      DistributionPaths: ['/*'],
      Prune: true,
    });
    expect(properties.SourceObjectKeys).toHaveLength(2);
    const markers = JSON.stringify(properties.SourceMarkers);
    expect(markers).toContain(logicalIdOf(stack.identity.webClient));
    expect(markers).toContain(logicalIdOf(stack.api.httpApi));
  });

  test('is named in the outputs', () => {
    template.hasOutput('WebUrl', {
      Value: { 'Fn::Join': ['', ['https://', getAtt(stack.web.distribution, 'DomainName')]] },
    });
  });
});

describe("the web portal's /config.json", () => {
  /** The `config.json` the deployment uploads, as the cloud assembly stages it. */
  function stagedConfig(app: App): Record<string, unknown> {
    const assets = readdirSync(app.outdir).filter((name) => name.startsWith('asset.'));
    const configs = assets
      .map((name) => join(app.outdir, name, 'config.json'))
      .filter((path) => existsSync(path));
    expect(configs).toHaveLength(1);
    return JSON.parse(readFileSync(configs[0] ?? '', 'utf8'));
  }

  test('names the stage’s support contact from the deployment values', () => {
    const app = stack.node.root as App;

    expect(stagedConfig(app).support).toEqual({ email: 'support@dev.devportal.example' });
  });

  test('names none when the deployment gives no support e-mail', () => {
    const devValues = cdkJsonContext()['devportal:dev'] as object;
    const { stack: bare } = synthesizeStage('dev', {
      context: { 'devportal:dev': { ...devValues, supportEmail: '' } },
    });

    expect(stagedConfig(bare.node.root as App)).not.toHaveProperty('support');
  });
});
