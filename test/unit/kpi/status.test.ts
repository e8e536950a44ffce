import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf, judgeStatus, statusRank, type StatusDefinition } from '../../../lib/kpi/status';

const onTime: StatusDefinition = {
  direction: 'higher-is-better',
  target: 90,
  amberThreshold: 80,
  redThreshold: 70,
  unit: '%',
  minSample: 5,
};
const cycle: StatusDefinition = {
  direction: 'lower-is-better',
  target: 3,
  amberThreshold: 5,
  redThreshold: 8,
  unit: 'days',
  minSample: 3,
};
const sample = { one: 'item with a due date done', other: 'items with a due date done' };
const context = { sample, window: { days: 30 } };
const judge = (value: number | null, definition: StatusDefinition, sampleSize = 10, detail = '') =>
  judgeStatus({ value, sampleSize, detail }, definition, context);

describe('KPI status', () => {
  it('colours higher-is-better values, a value on a threshold keeping the better colour', () => {
    expect(judge(95, onTime)).toEqual({ status: 'green', reason: '95% meets the target of 90%' });
    expect(judge(85, onTime)).toEqual({
      status: 'green',
      reason: '85% is short of the target of 90%, within the amber threshold of 80%',
    });
    expect(judge(80, onTime).status).toBe('green');
    expect(judge(79.9, onTime)).toEqual({
      status: 'amber',
      reason: '79.9% is below the amber threshold of 80% (target of 90%)',
    });
    expect(judge(70, onTime).status).toBe('amber');
    expect(judge(69, onTime)).toEqual({
      status: 'red',
      reason: '69% is below the red threshold of 70% (target of 90%)',
    });
  });

  it('colours lower-is-better values', () => {
    expect(judge(2.5, cycle)).toEqual({
      status: 'green',
      reason: '2.5 days meets the target of 3 days',
    });
    expect(judge(6, cycle)).toEqual({
      status: 'amber',
      reason: '6 days is above the amber threshold of 5 days (target of 3 days)',
    });
    expect(judge(9, cycle)).toEqual({
      status: 'red',
      reason: '9 days is above the red threshold of 8 days (target of 3 days)',
    });
  });

  it('has no amber band when the thresholds equal the target', () => {
    const strict = { ...onTime, amberThreshold: 90, redThreshold: 90 };
    expect(judge(90, strict).status).toBe('green');
    expect(judge(89.9, strict).status).toBe('red');
  });

  it('gives no colour below the minimum sample, saying how many were found and needed', () => {
    expect(judge(100, onTime, 3)).toEqual({
      status: 'none',
      reason: '3 items with a due date done in the last 30 days; 5 needed',
    });
    expect(judge(100, onTime, 1).reason).toBe(
      '1 item with a due date done in the last 30 days; 5 needed',
    );
  });

  it('gives no colour without a value, with the metric’s explanation', () => {
    expect(
      judge(
        null,
        { ...onTime, minSample: 0 },
        0,
        'No items with a due date were done in the last 30 days',
      ),
    ).toEqual({
      status: 'none',
      reason: 'No items with a due date were done in the last 30 days',
    });
  });

  it('is monotonic in the value for either direction', () => {
    const thresholds = fc
      .tuple(
        fc.constantFrom<'higher-is-better' | 'lower-is-better'>(
          'higher-is-better',
          'lower-is-better',
        ),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 3, maxLength: 3 }),
      )
      .map(([direction, values]) => {
        const [a, b, c] = [...values].sort((x, y) => x - y) as [number, number, number];
        // Valid per the model: target ≥ amber ≥ red (higher) or target ≤ amber ≤ red (lower).
        return direction === 'higher-is-better'
          ? { direction, target: c, amberThreshold: b, redThreshold: a }
          : { direction, target: a, amberThreshold: b, redThreshold: c };
      });
    fc.assert(
      fc.property(
        thresholds,
        fc.double({ min: -2e6, max: 2e6, noNaN: true }),
        fc.double({ min: -2e6, max: 2e6, noNaN: true }),
        (definition, x, y) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          const lowRank = statusRank(bandOf(low, definition))!;
          const highRank = statusRank(bandOf(high, definition))!;
          if (definition.direction === 'higher-is-better')
            expect(lowRank).toBeLessThanOrEqual(highRank);
          else expect(lowRank).toBeGreaterThanOrEqual(highRank);
          // Meeting the target is always green.
          expect(bandOf(definition.target, definition)).toBe('green');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
