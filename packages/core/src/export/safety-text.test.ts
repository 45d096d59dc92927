import { describe, expect, it } from 'vitest';
import { APPROVED_NOTE, DECISION_SUPPORT_NOTE, SAFETY_LINE, SAFETY_NOTICE } from './safety-text.js';

describe('safety text', () => {
  it('warns against stopping suddenly and says where to get help', () => {
    for (const text of [SAFETY_LINE, SAFETY_NOTICE.join(' ')]) {
      expect(text).toMatch(/Do not stop suddenly/);
      expect(text).toMatch(/seizures/);
      expect(text).toMatch(/prescriber/);
      expect(text).toMatch(/emergency number/);
    }
    expect(DECISION_SUPPORT_NOTE).toMatch(/Not a prescription/);
  });

  it('never advises stopping or skipping a dose (hazard H9)', () => {
    for (const text of [SAFETY_LINE, ...SAFETY_NOTICE, DECISION_SUPPORT_NOTE, APPROVED_NOTE]) {
      expect(text).not.toMatch(/\b(you can|you may|you should) (stop|skip)/i);
    }
  });
});
