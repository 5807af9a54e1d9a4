import { describe, expect, it } from 'vitest';
import { type Admission, PlanAdmissions, type PlanMeter } from '../../src/index.js';
import { TestClock } from '../support/test-clock.js';

/** A meter answering `admission` to every call, recording what it was asked. */
function meterAnswering(admission: Admission) {
  const asked: unknown[] = [];
  const meter: PlanMeter = {
    admit: async (applicationId, productId, plan) => {
      asked.push({ applicationId, productId, plan });
      return admission;
    },
    read: async () => ({ windows: {} }),
  };
  return { meter, asked };
}

const caller = {
  organisationId: 'org-1',
  applicationId: 'app-1',
  productId: 'business-cards',
  planId: 'sandbox',
};
const plan = { ratePerSecond: 2, quotaPerDay: 1_000 };

describe('admitting a call to its plan', () => {
  it("turns each threshold the call crossed into a warning naming the caller's plan", async () => {
    // Prepare
    const clock = new TestClock();
    const { meter, asked } = meterAnswering({
      admitted: true,
      crossings: [{ period: 'day', thresholdPercent: 80, used: 800, limit: 1_000 }],
    });

    // Act
    const admission = await new PlanAdmissions({ meter, clock }).admit(caller, plan);

    // Assess
    expect(asked).toEqual([{ applicationId: 'app-1', productId: 'business-cards', plan }]);
    expect(admission).toEqual({
      admitted: true,
      warnings: [
        {
          ...caller,
          period: 'day',
          thresholdPercent: 80,
          used: 800,
          limit: 1_000,
          at: expect.any(Date),
        },
      ],
    });
  });

  it('passes a refusal on as the meter gave it', async () => {
    // Prepare
    const refusal = { admitted: false, refusal: 'rate', retryAfterSeconds: 1 } as const;
    const { meter } = meterAnswering(refusal);

    // Act
    const admission = await new PlanAdmissions({ meter, clock: new TestClock() }).admit(
      caller,
      plan,
    );

    // Assess
    expect(admission).toEqual(refusal);
  });
});
