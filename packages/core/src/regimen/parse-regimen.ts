import { err, ok, type Result, withField } from '../result.js';
import { minutesOfDay, parseLocalTime } from '../units/local-time.js';
import { parseDose } from '../units/parse-dose.js';
import type { Regimen, RegimenDose } from './regimen.js';

/** Times per day for the usual prescription abbreviations (Latin and UK forms). */
const FREQUENCIES: Record<string, number> = {
  qd: 1,
  od: 1,
  daily: 1,
  once: 1,
  bid: 2,
  bd: 2,
  twice: 2,
  tid: 3,
  tds: 3,
  qid: 4,
  qds: 4,
};

const EXPECTED = 'a dose with a time (0.5mg@08:00) or with a count per day (0.5mg bid, tid, qid, daily)';

/** Parses one regimen entry: `0.5mg@08:00`, `0.5mg tid`, or a lone `1mg` (once daily). */
export const parseRegimenEntry = (text: string): Result<RegimenDose[]> => {
  const trimmed = text.trim();
  const at = trimmed.indexOf('@');
  if (at >= 0) {
    const amount = parseDose(trimmed.slice(0, at));
    if (!amount.ok) return amount;
    const time = parseLocalTime(trimmed.slice(at + 1));
    if (!time.ok) return time;
    return ok([{ amountUg: amount.value, time: time.value }]);
  }
  const match = /^(.*?)(?:\s*(?:x\s*)?\b([a-z]+)\b)?$/i.exec(trimmed);
  const frequencyWord = match?.[2]?.toLowerCase();
  const perDay = frequencyWord === undefined ? undefined : FREQUENCIES[frequencyWord];
  if (frequencyWord !== undefined && perDay !== undefined) {
    const amount = parseDose(match?.[1] ?? '');
    if (!amount.ok) return amount;
    return ok(Array.from({ length: perDay }, () => ({ amountUg: amount.value })));
  }
  const amount = parseDose(trimmed);
  if (!amount.ok) {
    return amount.error.code === 'DOSE_UNIT_UNKNOWN' || amount.error.code === 'DOSE_INVALID'
      ? err('REGIMEN_INVALID', `"${trimmed}" is not a dose in a regimen.`, { expected: EXPECTED })
      : amount;
  }
  return ok([{ amountUg: amount.value }]);
};

/**
 * Parses a whole regimen from its entries, e.g. `['0.5mg@08:00', '1mg@22:00']`.
 * Two doses at the same time are refused rather than merged, so nobody takes
 * a double dose because of a typing slip.
 */
export const parseRegimen = (entries: readonly string[], field = 'dose'): Result<Regimen> => {
  if (entries.length === 0) {
    return err('REGIMEN_EMPTY', 'No dose was given.', { field, expected: EXPECTED });
  }
  const doses: RegimenDose[] = [];
  for (const [index, entry] of entries.entries()) {
    const parsed = withField(parseRegimenEntry(entry), entries.length > 1 ? `${field}[${index}]` : field);
    if (!parsed.ok) return parsed;
    for (const dose of parsed.value) {
      if (dose.time !== undefined && doses.some((other) => other.time === dose.time)) {
        return err('REGIMEN_DUPLICATE_TIME', `Two doses are at ${dose.time}.`, {
          field: `${field}[${index}]`,
          expected: 'one dose per time of day; give the combined amount once',
        });
      }
      doses.push(dose);
    }
  }
  return ok(
    doses.toSorted((a, b) => (a.time === undefined || b.time === undefined ? 0 : minutesOfDay(a.time) - minutesOfDay(b.time))),
  );
};
