/**
 * Branded numeric units. Doses are integer micrograms everywhere inside core so
 * that sums and cuts never drift; the brands stop a value in hours or mL from
 * being added to a dose by mistake.
 */
declare const unit: unique symbol;
type Unit<U extends string> = number & { readonly [unit]: U };

/** An integer number of micrograms (1 mg = 1000 µg). */
export type Micrograms = Unit<'µg'>;
/** A duration or half-life in hours. */
export type Hours = Unit<'h'>;
/** A volume in millilitres. */
export type Millilitres = Unit<'mL'>;
/** A body weight in kilograms. */
export type Kilograms = Unit<'kg'>;

/** Makes a dose in micrograms; throws if it is not a safe integer (a bug, not user input). */
export const micrograms = (value: number): Micrograms => {
  if (!Number.isSafeInteger(value)) throw new RangeError(`micrograms must be an integer, got ${value}`);
  return value as Micrograms;
};

/** Whole milligrams or milligram fractions given as an exact number of thousandths. */
export const mg = (milligrams: number): Micrograms => micrograms(Math.round(milligrams * 1000));

export const hours = (value: number): Hours => value as Hours;
export const millilitres = (value: number): Millilitres => value as Millilitres;
export const kilograms = (value: number): Kilograms => value as Kilograms;

/** A dose as a JSON-friendly number of milligrams. Exact: n/1000 prints as its decimal. */
export const toMilligrams = (dose: Micrograms): number => dose / 1000;

/** Integer division rounded half away from zero, without going through floats. */
export const roundDiv = (numerator: number, denominator: number): number => {
  if (denominator === 0) throw new RangeError('division by zero');
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  return sign * Math.floor((2 * n + d) / (2 * d));
};

export const sumMicrograms = (doses: readonly Micrograms[]): Micrograms =>
  micrograms(doses.reduce((total, dose) => total + dose, 0));
