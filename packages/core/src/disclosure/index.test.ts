import { describe, expect, it } from 'vitest';
import * as core from '../index.js';

describe('the core entry exports the disclosure API', () => {
  it('has every disclosure function and constant', () => {
    for (const name of ['suppressSmallCounts', 'suppressDerived', 'protectTable', 'findDisclosureRisks', 'isSuppressionSymbol', 'describeEntry'] as const) {
      expect(typeof core[name], name).toBe('function');
    }
    expect([core.SUPPRESSED, core.NOT_AVAILABLE, core.NOT_APPLICABLE, core.SMALL_COUNT_MIN, core.SMALL_COUNT_MAX]).toEqual(['[c]', '[x]', '[z]', 1, 5]);
    expect(core.findDisclosureRisks(core.protectTable({ rowLabels: ['a'], columnLabels: ['x', 'y'], cells: [[2, 9]] }))).toEqual([]);
  });

  it('keeps the internals out of the public surface', () => {
    for (const name of ['Rational', 'IntegerSpan', 'checkCountTable', 'resolveSmallCountRange'] as const) {
      expect(name in core, name).toBe(false);
    }
  });
});
