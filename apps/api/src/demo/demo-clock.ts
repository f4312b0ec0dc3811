/**
 * The demo's activities are a story that happened over the weeks before the demo was loaded: an
 * activity opened registration five weeks ago, judges scored last week, results went up for public
 * notice a fortnight ago. The use cases read the time themselves (`new Date()`), as they must for
 * real requests, so the story is played through them with the process clock set back to each
 * step's moment: `at(instant, work)` runs `work` with `Date` reading `instant` plus the time spent
 * since, then puts the real clock back.
 *
 * Only for the demo load, which runs once on a fresh database before the server listens: no
 * request is served meanwhile. Durations are unchanged (the shifted clock still ticks), so
 * timeouts and token lifetimes behave; only "now" moves.
 */
export async function at<T>(instant: Date, work: () => Promise<T>): Promise<T> {
  const RealDate = globalThis.Date;
  const offset = instant.getTime() - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string | number | Date]));
    }

    static override now(): number {
      return RealDate.now() + offset;
    }

    // A date made before the shift is still a Date.
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof RealDate;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
  try {
    return await work();
  } finally {
    globalThis.Date = RealDate;
  }
}
