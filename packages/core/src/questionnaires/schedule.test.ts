import { describe, expect, it } from 'vitest';
import { BWSQ } from './instruments/bwsq.js';
import { GAD7 } from './instruments/gad7.js';
import { PHQ9 } from './instruments/phq9.js';
import { DEFAULT_QUESTIONNAIRE_SCHEDULE, QUESTIONNAIRE_SCHEDULE_SOURCES } from './schedule.js';

describe('the default questionnaire schedule', () => {
  it('asks each questionnaire once per its own recall period, citing the instrument’s source', () => {
    const recallDays = (timeframe: string) => (timeframe === 'the past week' ? 7 : timeframe === 'the last 2 weeks' ? 14 : NaN);
    expect(DEFAULT_QUESTIONNAIRE_SCHEDULE.bwsqDays).toBe(recallDays(BWSQ.timeframe));
    expect(DEFAULT_QUESTIONNAIRE_SCHEDULE.phq9Days).toBe(recallDays(PHQ9.timeframe));
    expect(DEFAULT_QUESTIONNAIRE_SCHEDULE.gad7Days).toBe(recallDays(GAD7.timeframe));
    expect(QUESTIONNAIRE_SCHEDULE_SOURCES).toEqual({ bwsqDays: BWSQ.source, phq9Days: PHQ9.source, gad7Days: GAD7.source });
  });
});
