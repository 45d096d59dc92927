import { err, ok, type Result } from '../result.js';
import type { Instrument } from './instrument.js';
import { ASQ } from './instruments/asq.js';
import { BWSQ } from './instruments/bwsq.js';
import { CIWA_B } from './instruments/ciwa-b.js';
import { DAILY_CHECK_IN } from './instruments/daily-check-in.js';
import { DSM5_CHECKLIST } from './instruments/dsm5-checklist.js';
import { GAD7 } from './instruments/gad7.js';
import { PHQ9 } from './instruments/phq9.js';
import { SDS } from './instruments/sds.js';

export const INSTRUMENTS: readonly Instrument[] = [SDS, DSM5_CHECKLIST, BWSQ, CIWA_B, PHQ9, GAD7, ASQ, DAILY_CHECK_IN];

export const findInstrument = (id: string): Result<Instrument> => {
  const instrument = INSTRUMENTS.find((candidate) => candidate.id === id.toLowerCase());
  return instrument
    ? ok(instrument)
    : err('INSTRUMENT_UNKNOWN', `"${id}" is not a questionnaire Stepdown has.`, {
        field: 'instrument',
        expected: INSTRUMENTS.map((i) => i.id).join(', '),
      });
};
