import * as assert from 'node:assert/strict';
import { seededRandom } from '../../src/core/picking/pickQuestion';
import { localDay } from '../../src/core/practice/calendar';
import { DayCounts } from '../../src/core/practice/dayCounts';
import { parseTime, validateEntry } from '../../src/core/practice/logEntries';
import { parseLogText } from '../../src/core/practice/logParser';

const DAY = 86_400_000;

/** parseTime must be Date.parse, NaN included, whatever it was asked before. */
function assertSameAsDateParse(text: string): void {
  assert.ok(Object.is(parseTime(text), Date.parse(text)), `${JSON.stringify(text)}: ${parseTime(text)} vs ${Date.parse(text)}`);
}

describe('parseTime edge cases', () => {
  it('equals Date.parse on every day from 1970 to 2401, leap days included', () => {
    for (let day = 0, t = 0; t < Date.UTC(2401, 0, 1); day++, t = day * DAY + ((day * 3_723_001) % DAY)) assertSameAsDateParse(new Date(t).toISOString());
    for (const year of [1972, 2000, 2023, 2024, 2100, 2400, 9996, 9999]) {
      for (const day of ['28', '29', '30', '31']) {
        assertSameAsDateParse(`${year}-02-${day}T00:00:00.000Z`);
        assertSameAsDateParse(`${year}-02-${day}T23:59:59.999Z`);
      }
      assertSameAsDateParse(`${year}-12-31T23:59:59.999Z`);
      assertSameAsDateParse(`${year}-01-01T00:00:00.000Z`);
    }
  });

  it('equals Date.parse on out-of-range fields, offsets and other ISO forms', () => {
    const odd = [
      '2024-04-30T12:00:00.000Z',
      '2024-04-31T12:00:00.000Z',
      '2024-06-31T12:00:00.000Z',
      '2024-00-10T12:00:00.000Z',
      '2024-13-10T12:00:00.000Z',
      '2024-01-00T12:00:00.000Z',
      '2024-01-32T12:00:00.000Z',
      '2024-01-01T23:59:59.999Z',
      '2024-01-01T24:00:00.000Z',
      '2024-01-01T24:00:00.001Z',
      '2024-01-01T12:60:00.000Z',
      '2024-01-01T12:00:60.000Z',
      '1969-12-31T23:59:59.999Z',
      '1970-01-01T00:00:00.000Z',
      '0000-01-01T00:00:00.000Z',
      '+002024-01-01T12:00:00.000Z',
      '-000001-01-01T12:00:00.000Z',
      '2024-01-01T12:00:00.000+00:00',
      '2024-01-01T12:00:00.000+01:00',
      '2024-01-01T12:00:00.000-05:30',
      '2024-01-01T12:00:00.000+14:00',
      '2024-01-01T12:00:00+01:00',
      '2024-01-01T12:00:00Z',
      '2024-01-01T12:00Z',
      '2024-01-01T12:00:00.0Z',
      '2024-01-01T12:00:00.00000Z',
      '2024-01-01T12:00:00.000',
      '2024-01-01T12:00:00.000z',
      '2024-01-01t12:00:00.000Z',
      '2024-01-01 12:00:00.000Z',
      ' 2024-01-01T12:00:00.000Z',
      '2024-01-01T12:00:00.000Z ',
      '2024-1-01T12:00:00.000Z',
      '2024-01-01',
      '2024',
      'Mon, 01 Jan 2024 12:00:00 GMT',
      'garbage',
      '',
    ];
    for (const text of odd) assertSameAsDateParse(text);
  });

  it('equals Date.parse when any one character of a log time is changed', () => {
    const valid = '2024-02-29T13:47:05.123Z';
    const replacements = ['0', '1', '3', '5', '9', '/', ':', '-', '.', '+', 'T', 'Z', ' ', 'a', '\u0660', '\uff11'];
    for (let index = 0; index < valid.length; index++) {
      for (const replacement of replacements) assertSameAsDateParse(valid.slice(0, index) + replacement + valid.slice(index + 1));
    }
  });

  it('answers each string on its own, whatever came just before (the last result is reused)', () => {
    const a = '2024-03-01T00:00:00.000Z';
    const b = '2024-03-01T00:00:00.001Z';
    const sequence = [a, a, b, a, 'garbage', 'garbage', a, '', a, `${a.slice(0, 12)}${a.slice(12)}`, b, b];
    for (const text of sequence) assertSameAsDateParse(text);
    const random = seededRandom(31);
    for (let i = 0; i < 2000; i++) {
      const iso = new Date(Math.floor(random() * 4_102_444_800_000)).toISOString();
      assertSameAsDateParse(iso);
      assertSameAsDateParse(random() < 0.5 ? iso : `${iso} `);
    }
  });
});

describe('validateEntry times', () => {
  const entry = (t: unknown) => ({ v: 1, rid: 'r1', q: 'q1', h: 'h', g: 3, t });

  it('accepts exactly the times Date.parse reads, and keeps the string as written', () => {
    for (const t of ['2024-02-29T12:00:00.000Z', '2023-02-29T12:00:00.000Z', '2024-01-01T12:00:00+01:00', '2024-01-01', '+002024-01-01T12:00:00.000Z']) {
      const valid = validateEntry(entry(t));
      assert.ok(valid && !('newer' in valid), t);
      assert.equal(valid.t, t);
      assert.equal(parseTime(valid.t), Date.parse(t));
    }
    for (const t of ['2024-01-01T12:00:60.000Z', '2024-1-01T12:00:00.000Z', 'garbage', '', 1_704_110_400_000, null, undefined]) {
      assert.equal(validateEntry(entry(t)), undefined, String(t));
    }
  });

  it('skips the lines whose time is invalid and keeps the others, in order', () => {
    const line = (rid: string, t: string) => JSON.stringify({ v: 1, rid, q: 'q1', h: 'h', g: 3, t });
    const text = [line('a', '2024-01-01T10:00:00.000Z'), line('b', '2024-01-01T10:00:60.000Z'), line('c', '2024-01-01T10:00:00.000Z'), line('d', '2024-02-30T10:00:00.000Z'), ''].join('\n');
    const parsed = parseLogText(text);
    assert.deepEqual(parsed.entries.map((e) => e.rid), ['a', 'c', 'd']);
    assert.deepEqual(parsed.skippedLines, [2]);
  });
});

describe('DayCounts', () => {
  const noon = (day: number) => new Date(2026, 0, day, 12).getTime();

  it('counts reviews and first reviews per local day, and drops days that go back to zero', () => {
    const counts = new DayCounts();
    counts.add(noon(5), true, 1);
    counts.add(noon(5) + 60_000, false, 1);
    counts.add(noon(6), true, 1);
    counts.add(noon(5) + 120_000, false, 1);
    assert.equal(counts.reviewsOn(new Date(noon(5))), 3);
    assert.equal(counts.firstReviewsOn(new Date(noon(5))), 1);
    assert.equal(counts.reviewsOn(new Date(noon(6))), 1);
    assert.equal(counts.reviewsOn(new Date(noon(7))), 0);
    assert.deepEqual(counts.perDay(), new Map([[localDay(noon(5)), 3], [localDay(noon(6)), 1]]));
    assert.equal(counts.streak(new Date(noon(7))), 2);
    counts.add(noon(6), true, -1);
    assert.deepEqual(counts.perDay(), new Map([[localDay(noon(5)), 3]]));
    // The day just emptied is counted again from zero.
    counts.add(noon(6), false, 1);
    assert.equal(counts.reviewsOn(new Date(noon(6))), 1);
    assert.equal(counts.firstReviewsOn(new Date(noon(6))), 0);
  });

  it('compares equal however the same counts were reached', () => {
    const direct = new DayCounts();
    direct.add(noon(2), true, 1);
    const roundabout = new DayCounts();
    roundabout.add(noon(1), true, 1);
    roundabout.add(noon(2), true, 1);
    roundabout.add(noon(3), false, 1);
    roundabout.add(noon(1), true, -1);
    roundabout.add(noon(3), false, -1);
    assert.deepStrictEqual(roundabout, direct);
    assert.equal(roundabout.reviewsOn(new Date(noon(1))), 0);
  });

  it('counts each review on its own local day when consecutive reviews cross midnight', () => {
    const counts = new DayCounts();
    const midnight = new Date(2026, 0, 10).getTime();
    for (let t = midnight - 30 * 60_000; t < midnight + 30 * 60_000; t += 59_000) counts.add(t, false, 1);
    assert.equal(counts.reviewsOn(new Date(midnight - 1)), 31);
    assert.equal(counts.reviewsOn(new Date(midnight)), 31);
  });
});
