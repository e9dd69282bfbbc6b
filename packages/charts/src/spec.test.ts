import { describe, expect, it } from 'vitest';
import { rankedBars } from './ranked-bars.js';
import { withFigureFrame } from './spec.js';
import { analysisFunctionConfig } from './theme.js';
import { expectWellFormedFigure, figureText, svgTexts } from './test-support.js';

describe('withFigureFrame', () => {
  it('uses the theme unchanged unless a label limit is given', () => {
    const spec = withFigureFrame(figureText('plain'), { mark: 'bar' }) as unknown as { config: unknown };
    expect(spec.config).toBe(analysisFunctionConfig);
    const wide = withFigureFrame({ ...figureText('wide'), labelLimit: 420 }, { mark: 'bar' }) as unknown as { config: { axis: { labelLimit: number; labelAngle: number }; legend: { labelLimit: number } } };
    expect(wide.config.axis.labelLimit).toBe(420);
    expect(wide.config.legend.labelLimit).toBe(420);
    expect(wide.config.axis.labelAngle).toBe(0);
    // The shared theme object itself is not changed.
    expect((analysisFunctionConfig.axis as { labelLimit: number }).labelLimit).toBe(260);
  });

  it('a raised label limit draws a long category name whole instead of cutting it', async () => {
    const long = 'Information gatherings by Multi-agency Safeguarding Hub (MASH)';
    const rows = [{ category: long, value: 19383 }];
    const cut = svgTexts(await expectWellFormedFigure(rankedBars(rows, { ...figureText('cut'), valueTitle: 'Count' })));
    expect(cut).not.toContain(long);
    const whole = svgTexts(await expectWellFormedFigure(rankedBars(rows, { ...figureText('whole'), valueTitle: 'Count', labelLimit: 480 })));
    expect(whole).toContain(long);
  });

  it('rejects a label limit that is not a positive number', () => {
    expect(() => rankedBars([{ category: 'a', value: 1 }], { ...figureText('bad'), valueTitle: 'n', labelLimit: 0 })).toThrow(/options\.labelLimit/);
  });
});
