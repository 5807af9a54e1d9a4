import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gatewayToken,
  HARNESS_MAIL_FROM,
  HARNESS_SITE_URL,
  type HarnessApplication,
  inParallel,
  type LambdaFunction,
  type LifecycleWorld,
  type PartnerCall,
  partnerCall,
} from '../../src/index.js';
import { startGatewayCase } from '../support/gateway-case.js';

/** Ten calls a day: the 8th crosses 80 %, the 9th 90 %. */
const QUOTA_PER_DAY = 10;
const ENVIRONMENTS = 8;

let world: LifecycleWorld;
let gateway: LambdaFunction;
let app: HarnessApplication;
let together: PartnerCall[];
let ninth: PartnerCall;

beforeAll(async () => {
  ({ world, app, gateway } = await startGatewayCase({
    plan: { id: 'harness-quota-mail', ratePerSecond: 10_000, quotaPerDay: QUOTA_PER_DAY },
    gateway: {
      reservedConcurrency: ENVIRONMENTS,
      randomReclaims: { probability: 0.25, seed: 16 },
    },
  }));
  const token = await gatewayToken(gateway, app);
  together = await inParallel(8, ENVIRONMENTS, () => partnerCall(gateway, token));
  ninth = await partnerCall(gateway, token);
  await gateway.close();
}, 180_000);

afterAll(async () => {
  await world?.close();
});

const quotaMails = () => world.aws.sentEmails().filter((mail) => mail.to.includes(app.owner.email));
const sendsIn = (call: PartnerCall) => call.invocation.awsCalls['SESv2.SendEmail'] ?? 0;

describe('quota warnings mailed by the gateway as deployed', () => {
  it('mails the Owner once at 80 % however many environments cross together, and again at 90 %', () => {
    expect(together.map((call) => call.status)).toEqual(Array(8).fill(200));
    expect(quotaMails().map((mail) => mail.subject.match(/(\d+) %/)?.[1])).toEqual(['80', '90']);
    const [first] = quotaMails();
    expect(first?.from).toBe(HARNESS_MAIL_FROM);
    expect(first?.text).toContain(`${HARNESS_SITE_URL}/orgs/${app.organisationId}/analytics`);
  });

  it('sends within the invocation that crossed, before its answer (a frozen environment sends nothing later)', () => {
    expect(together.map(sendsIn).sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(sendsIn(ninth)).toBe(1);
  });
});
