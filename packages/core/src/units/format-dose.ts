import type { Micrograms } from './units.js';

/**
 * Formats a dose in milligrams from integer micrograms by string arithmetic, so
 * the output is exact: 125 µg → "0.125 mg", 2000 µg → "2 mg", never "0.12500000001".
 */
export const formatMg = (dose: Micrograms, options: { unit?: boolean } = {}): string => {
  const sign = dose < 0 ? '-' : '';
  const abs = Math.abs(dose);
  const whole = Math.floor(abs / 1000);
  const fraction = String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  const number = `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
  return options.unit === false ? number : `${number} mg`;
};
