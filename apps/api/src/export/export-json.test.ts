import { describe, expect, it } from 'vitest';
import { clonazepamPlan } from '../../test/record-fixtures.js';
import { exportJson } from './export-json.js';
import { testRecord } from './test-record.js';

describe('exportJson', () => {
  const plan = clonazepamPlan('2026-11-20');
  const json = exportJson(testRecord(plan), new Date('2026-11-22T10:00:00Z')) as Record<string, unknown>;

  it('says what it is and when it was made', () => {
    expect(json).toMatchObject({ format: 'stepdown-export', version: 1, exportedAt: '2026-11-22T10:00:00.000Z' });
  });

  it('holds every part of the record', () => {
    for (const key of [
      'patient',
      'account',
      'links',
      'calendarFeeds',
      'medications',
      'plans',
      'doseLogs',
      'checkIns',
      'questionnaireResponses',
      'suggestions',
      'alerts',
      'accessLog',
    ])
      expect(json).toHaveProperty(key);
  });

  it('speaks mg everywhere, exactly, with no µg left', () => {
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/Ug"/);
    expect((json.doseLogs as { amountMg: number }[]).map((d) => d.amountMg)).toEqual([0.5, 0.125, 0.001, 0.25]);
    const steps = (json.plans as { versions: { plan: { steps: { dailyTotals: unknown[] }[] } }[] }[])[0]?.versions[0]?.plan.steps;
    expect(steps?.[0]?.dailyTotals).toEqual([{ drug: 'clonazepam', amountMg: 1.5 }]);
  });
});
