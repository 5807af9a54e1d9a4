import { describe, expect, it } from 'vitest';
import { busiestWindow, busiestWindowCertain } from '../../src/measure/busiest-window.js';

describe('busiestWindow', () => {
  it('counts the most instants any sliding window holds, its end excluded', () => {
    expect(busiestWindow([0, 100, 999, 1_000, 1_500, 1_998], 1_000)).toBe(4);
    expect(busiestWindow([], 1_000)).toBe(0);
  });
});

describe('busiestWindowCertain', () => {
  it('counts only spans wholly inside one window, so bunched answers of spread requests do not count together', () => {
    // Eleven calls sent 100 ms apart whose answers all came at 1,050 ms: by answer time one
    // window holds eleven; for certain only the ten sent from 100 ms on fit one second.
    const spans = Array.from({ length: 11 }, (_, index) => ({
      startedAt: index * 100,
      answeredAt: 1_050,
    }));
    expect(
      busiestWindow(
        spans.map((span) => span.answeredAt),
        1_000,
      ),
    ).toBe(11);
    expect(busiestWindowCertain(spans, 1_000)).toBe(10);
  });

  it('counts spans that are certainly in one window however they interleave', () => {
    const spans = [
      { startedAt: 0, answeredAt: 10 },
      { startedAt: 5, answeredAt: 990 },
      { startedAt: 500, answeredAt: 999 },
      { startedAt: 600, answeredAt: 1_000 },
      { startedAt: 1_200, answeredAt: 1_300 },
    ];
    expect(busiestWindowCertain(spans, 1_000)).toBe(3);
    expect(busiestWindowCertain([], 1_000)).toBe(0);
  });
});
