import { describe, expect, it } from 'vitest';
import * as core from '../index.js';

describe('the core entry exports the budget API', () => {
  it('has every budget function', () => {
    for (const name of ['budgetStatements', 'checkBudgetStatement', 'reconcileBudget', 'carryForwardChain', 'budgetVariance', 'normaliseLineLabel'] as const) {
      expect(typeof core[name], name).toBe('function');
    }
  });
});
