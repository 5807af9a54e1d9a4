import { describe, expect, test } from 'vitest';
import { formatMeasure, formatTarget } from '../src/format.js';

describe('formatMeasure', () => {
  test('prints a whole count without decimals, zero included, and a mean count with them', () => {
    // Act
    const counts = [0, 9, 10_104, 1.5].map((value) => formatMeasure({ value, unit: 'count' }));
    const target = formatTarget({ on: 'value', bound: '≤', limit: 0 }, 'count');

    // Assess
    expect(counts).toEqual(['0', '9', '10,104', '1.5']);
    expect(target).toBe('≤ 0');
  });
});
