import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, test } from 'vitest';
import { publicPortalRoutes } from '../../src/api/public-portal-routes.js';
import type { DevportalStack } from '../../src/devportal-stack.js';
import { PORTAL_SPEC } from '../../src/workspace-paths.js';
import { synthesizeStage } from '../support/synthesize.js';
import { arnOf, logicalIdOf, refTo, resourceOf } from '../support/template-queries.js';

let stack: DevportalStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthesizeStage('dev'));
});

/** Each route key with its authorization type and the function its integration calls. */
function routes(): Record<string, { authorization: string; target: string }> {
  const integrations = template.findResources('AWS::ApiGatewayV2::Integration');
  const functionIds = new Map(
    [stack.portalApi, stack.cardsGateway].map((app) => [
      JSON.stringify(arnOf(app.handler)),
      app.node.id,
    ]),
  );
  const targetOf = (integrationId: string) =>
    functionIds.get(JSON.stringify(integrations[integrationId]?.Properties.IntegrationUri)) ?? '?';
  return Object.fromEntries(
    Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map((route) => {
      const [, [, integration]] = route.Properties.Target['Fn::Join'];
      return [
        route.Properties.RouteKey,
        { authorization: route.Properties.AuthorizationType, target: targetOf(integration.Ref) },
      ];
    }),
  );
}

describe('routes', () => {
  test('send the portal to the portal API behind the JWT authorizer, except what the spec makes public', () => {
    expect(routes()).toEqual({
      'ANY /v1/{proxy+}': { authorization: 'JWT', target: 'PortalApi' },
      'POST /oauth/token': { authorization: 'NONE', target: 'CardsGateway' },
      'ANY /cards/{proxy+}': { authorization: 'NONE', target: 'CardsGateway' },
    });
  });

  test('use payload format 2.0, which both apps read', () => {
    for (const integration of Object.values(
      template.findResources('AWS::ApiGatewayV2::Integration'),
    )) {
      expect(integration.Properties).toMatchObject({
        IntegrationType: 'AWS_PROXY',
        PayloadFormatVersion: '2.0',
      });
    }
  });

  test("take the portal's public operations from the spec: none, every one needs a person", () => {
    expect(publicPortalRoutes(PORTAL_SPEC)).toEqual([]);
  });
});

describe('the JWT authorizer', () => {
  test("accepts the user pool's tokens issued to the web portal's client", () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [refTo(stack.identity.webClient)],
        Issuer: {
          'Fn::Join': [
            '',
            [
              'https://cognito-idp.',
              { Ref: 'AWS::Region' },
              '.amazonaws.com/',
              refTo(stack.identity.userPool),
            ],
          ],
        },
      },
    });
  });
});

describe('the stage', () => {
  const stage = () => resourceOf(template, stack.api.stage).Properties;

  test('is $default, deployed on every change', () => {
    expect(stage()).toMatchObject({ StageName: '$default', AutoDeploy: true });
  });

  test('throttles every route, and gives the token endpoint a bucket ten times wider, which junk cannot empty cheaply', () => {
    expect(stage()).toMatchObject({
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      RouteSettings: {
        'POST /oauth/token': { ThrottlingRateLimit: 500, ThrottlingBurstLimit: 1000 },
      },
    });
  });

  test('writes a JSON access log line per request, with no header in it', () => {
    const settings = stage().AccessLogSettings as { DestinationArn: unknown; Format: string };
    expect(settings.DestinationArn).toEqual(arnOf(stack.api.accessLogs));
    const fields = JSON.parse(settings.Format);
    expect(fields).toMatchObject({
      requestId: '$context.requestId',
      routeKey: '$context.routeKey',
      status: '$context.status',
      sourceIp: '$context.identity.sourceIp',
    });
    expect(settings.Format).not.toMatch(/header|authorization/i);
    expect(resourceOf(template, stack.api.accessLogs).Properties.RetentionInDays).toBe(30);
  });
});

describe('CORS', () => {
  test("lets the web portal's origins call with a bearer token and read the request id", () => {
    expect(resourceOf(template, stack.api.httpApi).Properties.CorsConfiguration).toEqual({
      AllowOrigins: [
        'http://localhost:5173',
        {
          'Fn::Join': [
            '',
            ['https://', { 'Fn::GetAtt': [logicalIdOf(stack.web.distribution), 'DomainName'] }],
          ],
        },
      ],
      AllowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      AllowHeaders: ['authorization', 'content-type', 'x-request-id', 'x-sandbox-user'],
      ExposeHeaders: ['x-request-id'],
      MaxAge: 3600,
    });
  });
});
