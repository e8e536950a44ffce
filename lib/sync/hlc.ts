/**
 * Hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014).
 *
 * Every write is stamped with a timestamp that is close to wall-clock time, never goes
 * backwards on one device (even when the system clock does), and is greater than every
 * timestamp the device has seen from other devices. Sync uses it for last-writer-wins.
 *
 * Text form: `<wall ms, 15 digits>-<counter, 5 base-36 digits>-<deviceId>`, e.g.
 * `001767225600000-0000a-3f6c…`. The first two fields have a fixed width, so plain string
 * comparison equals logical comparison (wall, then counter, then device id), and the device
 * id may itself contain `-`: parsing reads the fixed-width fields from the left and takes
 * the rest as the device id.
 */

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const COUNTER_RADIX = 36;
export const HLC_MAX_WALL_MS = 10 ** WALL_DIGITS - 1;
export const HLC_MAX_COUNTER = COUNTER_RADIX ** COUNTER_DIGITS - 1;

/**
 * A remote timestamp further ahead of the local wall clock than this is refused: adopting
 * it would drag this device's clock into the future for good, and every later local write
 * would carry that bogus time. A day tolerates any time-zone or daylight-saving mistake
 * while catching a device whose date is plainly wrong.
 */
export const HLC_MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

/** Device ids are printable ASCII without spaces, so a timestamp stays one readable token. */
const DEVICE_ID_PATTERN = /^[\x21-\x7e]{1,100}$/;
const HLC_PATTERN = /^(\d{15})-([0-9a-z]{5})-([\x21-\x7e]{1,100})$/;

export interface HlcTimestamp {
  wallMs: number;
  counter: number;
  deviceId: string;
}

export interface Hlc {
  /** A new timestamp for a local event, greater than every one this clock issued or saw. */
  tick(): string;
  /** Merges a timestamp received from another device; returns a new local timestamp above it. */
  receive(remote: string): string;
  /** The most recent timestamp issued (or the starting point when none was issued yet). */
  last(): string;
}

export interface HlcOptions {
  deviceId: string;
  /** Wall clock in epoch milliseconds; injectable for tests. */
  now?: () => number;
  /** The last timestamp persisted before a restart, so the clock continues from it. */
  last?: string;
  maxDriftMs?: number;
}

export class InvalidHlcError extends Error {
  constructor(readonly value: string) {
    super(`Not a hybrid logical clock timestamp: ${JSON.stringify(value.slice(0, 140))}`);
    this.name = 'InvalidHlcError';
  }
}

/** Thrown by `receive` when the remote clock is implausibly far ahead of this device. */
export class HlcDriftError extends Error {
  constructor(
    readonly remote: string,
    readonly driftMs: number,
    readonly maxDriftMs: number,
  ) {
    const hours = Math.round(driftMs / 3_600_000);
    super(
      `A change from another device is dated about ${hours} hours in the future; ` +
        'check the date and time settings of your devices, then sync again',
    );
    this.name = 'HlcDriftError';
  }
}

export function formatHlc({ wallMs, counter, deviceId }: HlcTimestamp): string {
  if (!Number.isInteger(wallMs) || wallMs < 0 || wallMs > HLC_MAX_WALL_MS) {
    throw new RangeError(`HLC wall time out of range: ${wallMs}`);
  }
  if (!Number.isInteger(counter) || counter < 0 || counter > HLC_MAX_COUNTER) {
    throw new RangeError(`HLC counter out of range: ${counter}`);
  }
  assertDeviceId(deviceId);
  const wall = String(wallMs).padStart(WALL_DIGITS, '0');
  const count = counter.toString(COUNTER_RADIX).padStart(COUNTER_DIGITS, '0');
  return `${wall}-${count}-${deviceId}`;
}

export function parseHlc(value: string): HlcTimestamp {
  const match = HLC_PATTERN.exec(value);
  if (!match) throw new InvalidHlcError(value);
  const [, wall, count, deviceId] = match as unknown as [string, string, string, string];
  return { wallMs: Number(wall), counter: parseInt(count, COUNTER_RADIX), deviceId };
}

export function isHlc(value: unknown): value is string {
  return typeof value === 'string' && HLC_PATTERN.test(value);
}

/** Orders timestamps causally; equal only for the very same event. */
export function compareHlc(a: string, b: string): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertDeviceId(deviceId: string) {
  if (!DEVICE_ID_PATTERN.test(deviceId)) {
    throw new RangeError(
      `A device id must be 1–100 printable characters without spaces: ${JSON.stringify(deviceId)}`,
    );
  }
}

function wallClock(now: () => number): number {
  const ms = Math.floor(now());
  // A broken clock (NaN, before 1970) must not stop writes: the counter keeps order then.
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, HLC_MAX_WALL_MS) : 0;
}

export function createHlc({
  deviceId,
  now = () => Date.now(),
  last,
  maxDriftMs = HLC_MAX_DRIFT_MS,
}: HlcOptions): Hlc {
  assertDeviceId(deviceId);
  const start = last === undefined ? undefined : parseHlc(last);
  let wallMs = start?.wallMs ?? 0;
  let counter = start?.counter ?? 0;
  let lastIssued = formatHlc({ wallMs, counter, deviceId });

  function advance(nextWall: number, nextCounter: number): string {
    if (nextCounter > HLC_MAX_COUNTER) {
      // Over 60 million events in one millisecond: borrow the next millisecond rather than
      // fail; the clock runs a hair ahead of the wall clock until it catches up.
      nextWall += 1;
      nextCounter = 0;
    }
    wallMs = nextWall;
    counter = nextCounter;
    lastIssued = formatHlc({ wallMs, counter, deviceId });
    return lastIssued;
  }

  return {
    tick() {
      const physical = wallClock(now);
      return physical > wallMs ? advance(physical, 0) : advance(wallMs, counter + 1);
    },
    receive(remoteText) {
      const remote = parseHlc(remoteText);
      const physical = wallClock(now);
      const drift = remote.wallMs - physical;
      if (drift > maxDriftMs) throw new HlcDriftError(remoteText, drift, maxDriftMs);
      const nextWall = Math.max(wallMs, remote.wallMs, physical);
      if (nextWall === wallMs && nextWall === remote.wallMs) {
        return advance(nextWall, Math.max(counter, remote.counter) + 1);
      }
      if (nextWall === wallMs) return advance(nextWall, counter + 1);
      if (nextWall === remote.wallMs) return advance(nextWall, remote.counter + 1);
      return advance(nextWall, 0);
    },
    last: () => lastIssued,
  };
}
