import { describe, expect, it } from 'vitest';
import { type CpuProfile, summariseProfile } from '../../bench/cpu-profile-summary.js';

const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0 });
const SDK = 'file:///repo/node_modules/.pnpm/x/node_modules/@smithy/core/dist-cjs/index.js';
const GATEWAY = 'file:///repo/apps/cards-gateway/src/bank/bank-call.ts';

/** A gateway call writing the table through the SDK, which writes to a socket; and idle time. */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 5, 6] },
    { id: 2, callFrame: frame('handleBankCall', GATEWAY), children: [3] },
    { id: 3, callFrame: frame('send', SDK), children: [4] },
    { id: 4, callFrame: frame('writev') },
    { id: 5, callFrame: frame('(idle)') },
    { id: 6, callFrame: frame('(garbage collector)') },
  ],
  // Each sample's time is the delta to the next one.
  samples: [2, 4, 4, 5, 6, 2],
  timeDeltas: [0, 100, 200, 300, 1_000, 100],
};
const causes = [
  { name: 'table', matches: (url: string) => url.includes('@smithy') },
  { name: 'gateway', matches: (url: string) => url.includes('/cards-gateway/src/') },
];

describe('a CPU profile summary', () => {
  it('charges each busy sample to its function, its package and the first cause up its stack, leaving idle time out', () => {
    // Act
    const summary = summariseProfile(profile, 2, causes);

    // Assess
    expect(summary.busyMicrosecondsPerCall).toBe(350);
    expect(summary.causes).toEqual([
      { name: 'table', share: 0.714 },
      { name: 'gateway', share: 0.143 },
      { name: 'other', share: 0.143 },
    ]);
    expect(summary.packages).toEqual([
      { name: '(native)', microsecondsPerCall: 250 },
      { name: '@devportal/cards-gateway', microsecondsPerCall: 50 },
      { name: '(garbage collector)', microsecondsPerCall: 50 },
    ]);
    expect(summary.functions[0]).toEqual({ name: 'writev', microsecondsPerCall: 250 });
  });
});
