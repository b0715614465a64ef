/**
 * Preloaded with `node --import` into a build that must not depend on the clock: `Date.now()` and
 * `new Date()` read one year, one day, one hour and seven minutes ahead, so a date taken from the
 * clock differs at any precision (year, day, minute) from an unshifted build's.
 */
const SHIFT_MS = ((366 * 24 + 1) * 60 + 7) * 60_000;
const RealDate = Date;

function ShiftedDate(this: unknown, ...args: unknown[]): Date | string {
  // Called without `new`, Date() returns the current time as text.
  if (!new.target) return new RealDate(RealDate.now() + SHIFT_MS).toString();
  const init = args.length === 0 ? [RealDate.now() + SHIFT_MS] : args;
  return Reflect.construct(RealDate, init, new.target) as Date;
}
ShiftedDate.prototype = RealDate.prototype;
ShiftedDate.now = () => RealDate.now() + SHIFT_MS;
ShiftedDate.parse = RealDate.parse;
ShiftedDate.UTC = RealDate.UTC;

globalThis.Date = ShiftedDate as unknown as DateConstructor;
