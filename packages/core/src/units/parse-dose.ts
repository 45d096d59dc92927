import { err, ok, type Result } from '../result.js';
import { type Micrograms, micrograms } from './units.js';

/** No single dose of any drug in the catalogue comes near this; larger input is a typo. */
export const IMPLAUSIBLE_DOSE: Micrograms = micrograms(1_000_000);

/** Decimal places each unit may carry for the value to stay a whole microgram. */
const UNIT_DECIMALS: Record<string, number> = {
  mg: 3,
  milligram: 3,
  milligrams: 3,
  mcg: 0,
  ug: 0,
  µg: 0,
  μg: 0,
  microgram: 0,
  micrograms: 0,
};

const EXPECTED = 'a positive amount with a unit, e.g. 0.5mg, 2 mg, 125mcg or 125µg';

/**
 * Parses a dose such as `0.125mg`, `125mcg`, `125µg` or `2 mg` into integer
 * micrograms. The decimal is read digit by digit, so `0.1mg` is exactly 100 µg.
 */
export const parseDose = (text: string, options: { allowZero?: boolean } = {}): Result<Micrograms> => {
  const trimmed = text.trim();
  if (trimmed === '') return err('DOSE_MISSING', 'No dose was given.', { expected: EXPECTED });
  if (trimmed.startsWith('-')) {
    return err('DOSE_NEGATIVE', `"${trimmed}" is negative; a dose cannot be.`, { expected: EXPECTED });
  }
  const match = /^(\d*)(?:[.,](\d*))?\s*([a-zµμ]*)$/i.exec(trimmed);
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) {
    return err('DOSE_INVALID', `"${trimmed}" is not a dose.`, { expected: EXPECTED });
  }
  const [, whole = '', fraction = '', unitText = ''] = match;
  if (unitText === '') {
    return err('DOSE_UNIT_MISSING', `"${trimmed}" has no unit.`, { expected: 'a unit: mg, mcg or µg (e.g. 0.5mg)' });
  }
  const decimals = UNIT_DECIMALS[unitText.toLowerCase()];
  if (decimals === undefined) {
    return err('DOSE_UNIT_UNKNOWN', `"${unitText}" is not a dose unit.`, { expected: 'mg, mcg or µg' });
  }
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > decimals) {
    return err('DOSE_TOO_PRECISE', `"${trimmed}" is finer than one microgram.`, {
      expected: decimals === 0 ? 'a whole number of micrograms' : 'at most three decimals in mg (0.001 mg = 1 µg)',
    });
  }
  // The digits, padded to the unit's decimals, are the dose in micrograms.
  const digits = `${whole || '0'}${significant.padEnd(decimals, '0')}`;
  if (digits.replace(/^0+/, '').length > 12) {
    return err('DOSE_IMPLAUSIBLE', `"${trimmed}" is far larger than any real dose.`, { expected: EXPECTED });
  }
  const value = Number.parseInt(digits, 10);
  if (value === 0 && !options.allowZero) {
    return err('DOSE_ZERO', `"${trimmed}" is zero.`, { expected: EXPECTED });
  }
  if (value > IMPLAUSIBLE_DOSE) {
    return err('DOSE_IMPLAUSIBLE', `"${trimmed}" is far larger than any real single dose (over 1000 mg).`, {
      expected: 'a dose below 1000 mg',
    });
  }
  return ok(micrograms(value));
};
