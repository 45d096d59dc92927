import { describe, expect, it } from 'vitest';
import { dependenceRisk } from './dependence-risk.js';

// Joint CPG 2025 Table 2: ≤3 days/week rare; <1 month possible; 1–3 months low dose possible,
// moderate–high dose yes; ≥3 months yes.
describe('dependenceRisk', () => {
  it('follows Table 2', () => {
    expect(dependenceRisk({ daysPerWeek: 3, durationDays: 1000, band: 'high' }).code).toBe('DEPENDENCE_RISK_RARE');
    expect(dependenceRisk({ daysPerWeek: 4, durationDays: 20, band: 'high' }).code).toBe('DEPENDENCE_RISK_POSSIBLE');
    expect(dependenceRisk({ daysPerWeek: 7, durationDays: 60, band: 'low' }).code).toBe('DEPENDENCE_RISK_POSSIBLE');
    expect(dependenceRisk({ daysPerWeek: 7, durationDays: 60, band: 'moderate' }).code).toBe('DEPENDENCE_LIKELY');
    expect(dependenceRisk({ daysPerWeek: 7, durationDays: 90, band: 'low' }).code).toBe('DEPENDENCE_LIKELY');
  });

  it('never advises stopping abruptly', () => {
    const finding = dependenceRisk({ daysPerWeek: 7, durationDays: 400, band: 'high' });
    expect(finding.severity).toBe('warning');
    expect(finding.message).toMatch(/Do not stop suddenly/);
  });
});
