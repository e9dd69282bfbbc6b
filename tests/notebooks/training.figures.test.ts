// Checks the committed training-evaluation figure (docs/figures/training-evaluation.csv and the
// inline data of its .vl.json) against the dataset, read through reportLookup of @scpkit/core.
// Run the notebook (scpkit reproduce --only training) to refresh the figure.
import { describe, expect, it } from 'vitest';
import { reportLookup } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import { bar, expectCsvMatchesPanels, expectFigureFiles, panels, repoRoot, spec } from './figure-files.test-support.js';

const report = reportLookup(loadDataset(`${repoRoot}datasets/east-sussex/2021-22`));

/** The printed value of a measure's one row. */
function printed(id: string): number {
  const value = report.value(id);
  if (!value.found) throw new Error(value.reason);
  return value.value;
}

describe('training notebook figures', () => {
  it('training-evaluation has its four files, written by notebooks/training.ipynb', () => expectFigureFiles('training-evaluation', 'training'));

  it('training-evaluation: 61 courses, 869 participants, 67% attendance, 63% + 35% = section 2\'s 98%, no invented rating', () => {
    expectCsvMatchesPanels('training-evaluation');
    const id = 'training-evaluation';
    expect(bar(id, /number/, /^Courses/)).toBe(printed('training-courses'));
    expect(bar(id, /number/, /^Participants/)).toBe(printed('training-participants'));
    expect(bar(id, /%/, /^Attendance rate \(denominator not printed\)$/)).toBe(printed('training-attendance-rate-percent'));
    const excellent = bar(id, /%/, /^Rated Excellent \(/);
    const good = bar(id, /%/, /^Rated Good/);
    const excellentOrGood = bar(id, /%/, /Excellent or Good \(section 2\)/);
    expect([excellent, good, excellentOrGood]).toEqual([
      printed('training-rated-excellent-percent'),
      printed('training-rated-good-percent'),
      printed('key-achievements-training-rated-excellent-or-good-percent'),
    ]);
    expect(excellent + good).toBe(excellentOrGood);
    expect(panels(id).some((r) => /other|remainder|neither/i.test(r.category))).toBe(false);
    expect([printed('key-achievements-training-courses'), printed('key-achievements-training-attendees')]).toEqual([61, 869]);
  });

  it('training-evaluation: the panel and bar labels come from the rows (period of the courses row, sections of the ratings)', () => {
    const courses = report.printed('training-courses');
    const excellent = report.printed('training-rated-excellent-percent');
    const key = report.printed('key-achievements-training-rated-excellent-or-good-percent');
    if (!courses.found || !excellent.found || !key.found) throw new Error('training rows missing');
    const groups = [...new Set(panels('training-evaluation').map((r) => r.group))];
    expect(groups[0]).toBe(`Virtual training, ${courses.value.period} (number)`);
    const categories = panels('training-evaluation').map((r) => r.category);
    expect(categories).toContain(`Rated Excellent (${excellent.value.section})`);
    expect(categories).toContain(`Rated Excellent or Good (section ${key.value.section})`);
    const { description, title } = spec('training-evaluation') as { description: string; title: { subtitle?: string } | string };
    expect(description).toContain(report.partnership);
    expect(JSON.stringify(title)).toContain(report.partnership);
  });
});
