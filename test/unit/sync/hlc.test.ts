import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HLC_MAX_COUNTER,
  HLC_MAX_DRIFT_MS,
  HlcDriftError,
  InvalidHlcError,
  compareHlc,
  createHlc,
  formatHlc,
  parseHlc,
  type HlcTimestamp,
} from '../../../lib/sync/hlc';

/** A wall clock the test moves by hand. */
function manualClock(start: number) {
  let ms = start;
  return { now: () => ms, set: (next: number) => void (ms = next) };
}

const T0 = 1_772_438_400_000; // 2026-03-02T08:00:00Z

const deviceIdArb = fc.stringMatching(/^[\x21-\x7e]{1,20}$/);
const timestampArb: fc.Arbitrary<HlcTimestamp> = fc.record({
  wallMs: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  counter: fc.integer({ min: 0, max: HLC_MAX_COUNTER }),
  deviceId: deviceIdArb,
});

function logicalOrder(a: HlcTimestamp, b: HlcTimestamp): number {
  if (a.wallMs !== b.wallMs) return Math.sign(a.wallMs - b.wallMs);
  if (a.counter !== b.counter) return Math.sign(a.counter - b.counter);
  return a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0;
}

describe('hybrid logical clock', () => {
  it('formats wall time, counter and device id in fixed-width fields', () => {
    expect(formatHlc({ wallMs: T0, counter: 35, deviceId: 'dev-1' })).toBe(
      '001772438400000-0000z-dev-1',
    );
  });

  it('follows the wall clock when it moves forward', () => {
    const clock = manualClock(T0);
    const hlc = createHlc({ deviceId: 'a', now: clock.now });
    expect(parseHlc(hlc.tick())).toEqual({ wallMs: T0, counter: 0, deviceId: 'a' });
    clock.set(T0 + 5);
    expect(parseHlc(hlc.tick())).toEqual({ wallMs: T0 + 5, counter: 0, deviceId: 'a' });
  });

  it('stays monotonic when the wall clock stands still or goes backwards', () => {
    const clock = manualClock(T0);
    const hlc = createHlc({ deviceId: 'a', now: clock.now });
    const issued = [hlc.tick(), hlc.tick()];
    clock.set(T0 - 60_000); // e.g. an NTP correction
    issued.push(hlc.tick(), hlc.tick());
    clock.set(T0 + 1);
    issued.push(hlc.tick());
    for (let index = 1; index < issued.length; index += 1) {
      expect(compareHlc(issued[index - 1]!, issued[index]!)).toBe(-1);
    }
    expect(parseHlc(issued[3]!)).toEqual({ wallMs: T0, counter: 3, deviceId: 'a' });
    expect(hlc.last()).toBe(issued[4]);
  });

  it('is monotonic for any sequence of wall-clock readings (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4_102_444_800_000 }), { minLength: 2 }),
        (readings) => {
          let index = 0;
          const hlc = createHlc({ deviceId: 'a', now: () => readings[index]! });
          let previous = hlc.tick();
          for (index = 1; index < readings.length; index += 1) {
            const next = hlc.tick();
            expect(compareHlc(previous, next)).toBe(-1);
            previous = next;
          }
        },
      ),
    );
  });

  it('continues after the last persisted timestamp instead of reusing it', () => {
    const clock = manualClock(T0 - 1_000); // the restarted worker's clock runs behind
    const persisted = formatHlc({ wallMs: T0, counter: 7, deviceId: 'a' });
    const hlc = createHlc({ deviceId: 'a', now: clock.now, last: persisted });
    expect(hlc.last()).toBe(persisted);
    expect(parseHlc(hlc.tick())).toEqual({ wallMs: T0, counter: 8, deviceId: 'a' });
  });

  it('receives a remote timestamp ahead of it and orders later local events after it', () => {
    const clock = manualClock(T0);
    const hlc = createHlc({ deviceId: 'a', now: clock.now });
    hlc.tick();
    const remote = formatHlc({ wallMs: T0 + 10_000, counter: 4, deviceId: 'b' });
    const received = hlc.receive(remote);
    expect(parseHlc(received)).toEqual({ wallMs: T0 + 10_000, counter: 5, deviceId: 'a' });
    expect(compareHlc(remote, received)).toBe(-1);
    expect(compareHlc(received, hlc.tick())).toBe(-1);
  });

  it('receives a remote timestamp behind it without going back', () => {
    const clock = manualClock(T0);
    const hlc = createHlc({ deviceId: 'a', now: clock.now });
    const local = hlc.tick();
    const received = hlc.receive(formatHlc({ wallMs: T0 - 5_000, counter: 9, deviceId: 'b' }));
    expect(parseHlc(received)).toEqual({ wallMs: T0, counter: 1, deviceId: 'a' });
    expect(compareHlc(local, received)).toBe(-1);
  });

  it('takes the higher counter when local and remote share the wall time', () => {
    const clock = manualClock(T0);
    const hlc = createHlc({ deviceId: 'a', now: clock.now });
    hlc.tick();
    const received = hlc.receive(formatHlc({ wallMs: T0, counter: 20, deviceId: 'b' }));
    expect(parseHlc(received)).toEqual({ wallMs: T0, counter: 21, deviceId: 'a' });
  });

  it('uses the wall clock when it is ahead of both', () => {
    const clock = manualClock(T0);
    const hlc = createHlc({ deviceId: 'a', now: clock.now });
    hlc.tick();
    clock.set(T0 + 50);
    const received = hlc.receive(formatHlc({ wallMs: T0 + 10, counter: 3, deviceId: 'b' }));
    expect(parseHlc(received)).toEqual({ wallMs: T0 + 50, counter: 0, deviceId: 'a' });
  });

  it('always returns from receive a timestamp after both its own last and the remote (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(null), timestampArb), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        (events, wall) => {
          const hlc = createHlc({
            deviceId: 'local',
            now: () => wall,
            maxDriftMs: Number.POSITIVE_INFINITY,
          });
          for (const event of events) {
            const before = hlc.last();
            if (event === null) {
              expect(compareHlc(before, hlc.tick())).toBe(-1);
              continue;
            }
            const remote = formatHlc(event);
            const after = hlc.receive(remote);
            expect(compareHlc(before, after)).toBe(-1);
            expect(compareHlc(remote, after)).toBe(-1);
          }
        },
      ),
    );
  });

  it('refuses a remote timestamp more than a day in the future, keeping its own time', () => {
    const clock = manualClock(T0);
    const hlc = createHlc({ deviceId: 'a', now: clock.now });
    const before = hlc.tick();
    const farAhead = formatHlc({ wallMs: T0 + HLC_MAX_DRIFT_MS + 1, counter: 0, deviceId: 'b' });
    expect(() => hlc.receive(farAhead)).toThrow(HlcDriftError);
    expect(hlc.last()).toBe(before);
    const justWithin = formatHlc({ wallMs: T0 + HLC_MAX_DRIFT_MS, counter: 0, deviceId: 'b' });
    expect(parseHlc(hlc.receive(justWithin)).wallMs).toBe(T0 + HLC_MAX_DRIFT_MS);
  });

  it('borrows the next millisecond when the counter runs out', () => {
    const last = formatHlc({ wallMs: T0, counter: HLC_MAX_COUNTER, deviceId: 'a' });
    const hlc = createHlc({ deviceId: 'a', now: () => T0, last });
    expect(parseHlc(hlc.tick())).toEqual({ wallMs: T0 + 1, counter: 0, deviceId: 'a' });
  });

  it('sorts as strings exactly as it orders logically (property)', () => {
    fc.assert(
      fc.property(timestampArb, timestampArb, (a, b) => {
        const textOrder = compareHlc(formatHlc(a), formatHlc(b));
        expect(textOrder).toBe(logicalOrder(a, b));
        const plain = formatHlc(a) < formatHlc(b) ? -1 : formatHlc(a) > formatHlc(b) ? 1 : 0;
        expect(plain).toBe(textOrder);
      }),
    );
  });

  it('parses what it formats, including device ids that contain the separator (property)', () => {
    fc.assert(
      fc.property(timestampArb, (timestamp) => {
        expect(parseHlc(formatHlc(timestamp))).toEqual(timestamp);
      }),
    );
    const withDashes = { wallMs: T0, counter: 1, deviceId: '3f6c-9a-00000-1' };
    expect(parseHlc(formatHlc(withDashes))).toEqual(withDashes);
  });

  it.each([
    '',
    '1772438400000-00000-a',
    '001772438400000-0000-a',
    '001772438400000-0000A-a',
    '001772438400000-00000-',
    '001772438400000-00000-has space',
    '001772438400000_00000_a',
  ])('rejects the malformed timestamp %j', (text) => {
    expect(() => parseHlc(text)).toThrow(InvalidHlcError);
  });

  it('rejects device ids and times it cannot encode', () => {
    expect(() => createHlc({ deviceId: '' })).toThrow(RangeError);
    expect(() => createHlc({ deviceId: 'my laptop' })).toThrow(RangeError);
    expect(() => formatHlc({ wallMs: -1, counter: 0, deviceId: 'a' })).toThrow(RangeError);
    expect(() => formatHlc({ wallMs: 1, counter: HLC_MAX_COUNTER + 1, deviceId: 'a' })).toThrow(
      RangeError,
    );
  });
});
