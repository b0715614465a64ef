/** The build's day: SOURCE_DATE_EPOCH when set, else the clock; a clear error when wrong. */
import { describe, expect, it } from 'vitest';
import { epochOfDay, resolveBuildDay } from '../../src/build-day.ts';

const noon = (day: string) => Date.parse(`${day}T12:00:00Z`);

describe('resolveBuildDay', () => {
  it.each([
    ['1797033600', '2026-12-12'],
    ['1797033599', '2026-12-11'],
    [' 1797033600 ', '2026-12-12'],
    ['0', '1970-01-01'],
  ])('SOURCE_DATE_EPOCH=%j is %s (UTC), whatever the clock says', (epoch, day) => {
    expect(resolveBuildDay(epoch, () => noon('2030-01-01'))).toBe(day);
  });

  it.each([undefined, '', '  '])("without a value (%j) it takes the clock's UTC day", (epoch) => {
    expect(resolveBuildDay(epoch, () => noon('2027-01-14'))).toBe('2027-01-14');
    // Just before midnight UTC is still that day, in any time zone the machine is in.
    expect(resolveBuildDay(epoch, () => Date.parse('2027-01-14T23:59:59Z'))).toBe('2027-01-14');
  });

  it.each(['yesterday', '1.5e9', '-1', '2026-12-12'])(
    'refuses %j, naming the variable',
    (epoch) => {
      expect(() => resolveBuildDay(epoch)).toThrow(/SOURCE_DATE_EPOCH must be whole seconds/);
    },
  );

  it('round-trips a day through its epoch', () => {
    for (const day of ['2026-12-06', '2026-12-12', '2027-01-14', '2028-02-29']) {
      expect(resolveBuildDay(epochOfDay(day))).toBe(day);
    }
    expect(() => epochOfDay('2026-13-01')).toThrow('Not a day');
  });
});
