import { describe, expect, it } from 'vitest';
import { DEFAULT_FORMS, newPlanForm, planField, toTaperBody, toTaperInput } from './plan-input.js';

const FORM = newPlanForm({ doses: '0.5mg@08:00\n1mg@22:00', start: '2026-12-01' });

describe('plan input', () => {
  it('starts a new form at the default pace, with what is known filled in', () => {
    expect(newPlanForm({ drug: 'diazepam' })).toMatchObject({
      drug: 'diazepam',
      doses: '',
      strategy: 'joint-2025',
      cut: '',
      every: '',
      shortTermUse: false,
    });
    expect(newPlanForm().start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reads the pace the same way for core and for the API body', () => {
    const form = { ...FORM, cut: '7,5%', every: '21', patterns: true };
    const input = toTaperInput(form);
    if (!input.ok) throw new Error(input.error.message);
    expect(input.value).toMatchObject({ cutPercent: 7.5, intervalDays: 21, patterns: true });
    expect(toTaperBody(form)).toMatchObject({ cutPercent: 7.5, intervalDays: 21, patterns: true });
    expect(toTaperBody(form)).not.toHaveProperty('shortTermUse');
  });

  it('switches via diazepam only under Ashton', () => {
    expect(toTaperBody({ ...FORM, viaDiazepam: true })).not.toHaveProperty('via');
    expect(toTaperBody({ ...FORM, viaDiazepam: true, strategy: 'ashton' }).via).toBe('diazepam');
  });

  it('puts an unreadable cut or step length on its own field', () => {
    const cut = toTaperInput({ ...FORM, cut: 'fast' });
    expect(cut.ok ? undefined : [cut.field, cut.error.code]).toEqual(['cut', 'CUT_OUT_OF_RANGE']);
    const every = toTaperInput({ ...FORM, every: '0' });
    expect(every.ok ? undefined : [every.field, every.error.code]).toEqual(['every', 'INTERVAL_OUT_OF_RANGE']);
  });

  it('carries the products: a liquid in µg/mL for core, as typed for the API', () => {
    const form = { ...FORM, forms: { ...DEFAULT_FORMS, odt: false, liquid: '0.1mg', market: 'UK' as const } };
    const input = toTaperInput(form);
    if (!input.ok) throw new Error(input.error.message);
    expect(input.value.forms).toEqual({
      tablets: true,
      odt: false,
      market: 'UK',
      liquid: { concentrationUgPerMl: 100, stepUl: 100 },
    });
    expect(toTaperBody(form).forms).toEqual({ tablets: true, odt: false, market: 'UK', liquid: { concentrationPerMl: '0.1mg' } });
    const bad = toTaperInput({ ...form, forms: { ...form.forms, liquid: 'lots' } });
    expect(bad.ok ? undefined : bad.field).toBe('forms');
  });

  it('maps core’s and the API’s field names to the inputs', () => {
    expect(planField('cutPercent')).toBe('cut');
    expect(planField('doses[0]')).toBe('doses');
    expect(planField('forms.liquid')).toBe('forms');
    expect(planField(undefined)).toBe('form');
  });
});
