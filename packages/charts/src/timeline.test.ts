import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@scpkit/core';
import { timeline, type TimelineRow } from './timeline.js';
import { expectWellFormedFigure, figureText, svgTexts } from './test-support.js';

const period = { periodStart: '2021-04', periodEnd: '2022-03' };
const rows: TimelineRow[] = [
  { item: 'Chair A (to Feb 2022)', start: null, end: '2022-02', group: 'Left' },
  { item: 'Chair B (from Feb 2022)', start: '2022-02', end: null, group: 'Joined' },
  { item: 'Member C', start: null, end: null, group: 'No dates printed' },
];

describe('timeline', () => {
  it('draws one bar per item over a month axis; a handover month shows as an overlap', async () => {
    const figure = timeline(rows, { ...figureText('board-changes'), ...period });
    const svg = await expectWellFormedFigure(figure);
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(['Apr 2021', 'Chair A (to Feb 2022)', 'Left', 'Joined', 'No dates printed']));
    // Labels at month starts, every second month of twelve; the period's end (1 April 2022) is not labelled.
    expect(texts.filter((t) => /^[A-Z][a-z]{2} 20\d\d$/.test(t))).toEqual(['Apr 2021', 'Jun 2021', 'Aug 2021', 'Oct 2021', 'Dec 2021', 'Feb 2022']);
    const values = (figure.spec as unknown as { data: { values: { start: number; end: number }[] } }).data.values;
    // April 2021 is month 0; "to Feb 2022" ends at the end of February (month 10 + 1); "from Feb 2022" starts at 10.
    expect(values.map((v) => [v.start, v.end])).toEqual([
      [0, 11],
      [10, 12],
      [0, 12],
    ]);
    expect(figure.table).toEqual({
      columns: ['Item', 'Group', 'From (printed)', 'To (printed)', 'Shown'],
      rows: [
        ['Chair A (to Feb 2022)', 'Left', '[x]', '2022-02', 'Apr 2021 to Feb 2022'],
        ['Chair B (from Feb 2022)', 'Joined', '2022-02', '[x]', 'Feb 2022 to Mar 2022'],
        ['Member C', 'No dates printed', '[x]', '[x]', 'Apr 2021 to Mar 2022'],
      ],
    });
    expect(svg.match(/aria-roledescription="bar"/g)).toHaveLength(3);
  });

  it('every bar lies within the period and is at least one month long (property)', () => {
    const month = fc.integer({ min: 0, max: 11 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.option(month), fc.option(month)), { minLength: 1, maxLength: 8 }), (pairs) => {
        const input = pairs.map(([a, b], i) => {
          const lo = a === null || b === null ? a : Math.min(a, b);
          const hi = a === null || b === null ? b : Math.max(a, b);
          const asMonth = (m: number | null) => (m === null ? null : `${m < 9 ? 2021 : 2022}-${String(((m + 3) % 12) + 1).padStart(2, '0')}`);
          return { item: `item ${i}`, start: asMonth(lo), end: asMonth(hi), group: 'g' };
        });
        const values = (timeline(input, { ...figureText('prop'), ...period }).spec as unknown as { data: { values: { start: number; end: number }[] } }).data.values;
        return values.every((v) => v.start >= 0 && v.end <= 12 && v.end - v.start >= 1);
      }),
    );
  });

  it('rejects malformed months, a start after its end, months outside the period and too many groups', () => {
    const opts = { ...figureText('bad'), ...period };
    expect(() => timeline([{ item: 'a', start: '2021-4', end: null, group: 'g' }], opts)).toThrow(/rows\[0\]\.start/);
    expect(() => timeline([{ item: 'a', start: '2021-09', end: '2021-06', group: 'g' }], opts)).toThrow(/rows\[0\]\.end.*before/);
    expect(() => timeline([{ item: 'a', start: '2020-09', end: null, group: 'g' }], opts)).toThrow(/rows\[0\]\.start.*within/);
    expect(() => timeline([{ item: 'a', start: null, end: null, group: 'g' }], { ...opts, periodEnd: '2021-01' })).toThrow(/options\.periodEnd/);
    const many = Array.from({ length: 7 }, (_, i) => ({ item: `i${i}`, start: null, end: null, group: `g${i}` }));
    expect(() => timeline(many, opts)).toThrow(InvalidInputError);
    expect(() => timeline([rows[0]!, rows[0]!], opts)).toThrow(/rows\.item\[1\]/);
  });
});
