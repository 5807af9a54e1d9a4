import { describe, expectTypeOf, it } from 'vitest';
import type {
  Application,
  ApplicationWithSecret,
  Member,
  Organization,
  OrganizationSummary,
  Page,
  PageList,
  PortalClient,
  PortalClientOptions,
  RegisteredWebhook,
  Subscription,
  Webhook,
  WebhookDelivery,
} from '../../src/index.js';

describe('public types', () => {
  it('methods resolve to the spec’s schemas', () => {
    expectTypeOf<
      PortalClient['organizations']['get']
    >().returns.resolves.toEqualTypeOf<Organization>();
    expectTypeOf<
      PortalClient['applications']['create']
    >().returns.resolves.toEqualTypeOf<ApplicationWithSecret>();
    expectTypeOf<
      PortalClient['members']['transferOwnership']
    >().returns.resolves.toEqualTypeOf<Member>();
    expectTypeOf<PortalClient['subscriptions']['list']>().returns.resolves.toEqualTypeOf<
      Subscription[]
    >();
    expectTypeOf<PortalClient['organizations']['delete']>().returns.resolves.toEqualTypeOf<void>();
    expectTypeOf<
      PortalClient['webhooks']['register']
    >().returns.resolves.toEqualTypeOf<RegisteredWebhook>();
    expectTypeOf<PortalClient['webhooks']['list']>().returns.resolves.toEqualTypeOf<Webhook[]>();
  });

  it('lists are async iterables of items with pages of the same items', () => {
    expectTypeOf<PortalClient['organizations']['list']>().returns.toEqualTypeOf<
      PageList<OrganizationSummary>
    >();
    expectTypeOf<PortalClient['webhooks']['deliveries']>().returns.toEqualTypeOf<
      PageList<WebhookDelivery>
    >();
    expectTypeOf<PageList<Application>>().toExtend<AsyncIterable<Application>>();
    expectTypeOf<ReturnType<PageList<Application>['firstPage']>>().resolves.toEqualTypeOf<
      Page<Application>
    >();
  });

  it('bodies are checked against the spec', () => {
    expectTypeOf<Parameters<PortalClient['members']['changeRole']>[2]['role']>().toEqualTypeOf<
      'Administrator' | 'Developer' | 'Observer'
    >();
    expectTypeOf<Parameters<PortalClient['organizations']['create']>[0]>().toEqualTypeOf<{
      name: string;
    }>();
  });

  it('takes exactly one of token and tokenProvider', () => {
    expectTypeOf({ baseUrl: 'http://x', token: 't' } as const).toExtend<PortalClientOptions>();
    expectTypeOf({
      baseUrl: 'http://x',
      tokenProvider: () => 't',
    } as const).toExtend<PortalClientOptions>();
    expectTypeOf({
      baseUrl: 'http://x',
      token: 't',
      tokenProvider: () => 't',
    } as const).not.toExtend<PortalClientOptions>();
    expectTypeOf({ baseUrl: 'http://x' } as const).not.toExtend<PortalClientOptions>();
  });
});
