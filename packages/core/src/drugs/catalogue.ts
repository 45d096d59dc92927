import { err, ok, type Result } from '../result.js';
import { CLONAZEPAM } from './clonazepam.js';
import { DIAZEPAM } from './diazepam.js';
import { didYouMean } from './did-you-mean.js';
import type { Drug } from './drug.js';
import { OTHER_DRUGS } from './other-drugs.js';

/** Every drug Stepdown knows, clonazepam first. */
export const DRUGS: readonly Drug[] = [CLONAZEPAM, DIAZEPAM, ...OTHER_DRUGS];

const byName = new Map<string, Drug>();
for (const drug of DRUGS) {
  for (const name of [drug.id, drug.name, ...drug.brands.map((brand) => brand.name), ...(drug.aliases ?? [])]) {
    byName.set(name.toLowerCase(), drug);
  }
}
const generics = DRUGS.map((drug) => drug.name);
const allNames = [...new Set([...generics, ...DRUGS.flatMap((drug) => drug.brands.map((brand) => brand.name))])];

const listWithOr = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/** Finds a drug by generic or brand name, ignoring case and spaces; suggests close names on a typo. */
export const findDrug = (name: string): Result<Drug> => {
  const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
  const drug = byName.get(key);
  if (drug) return ok(drug);
  const suggestions = didYouMean(key, allNames);
  const hint = suggestions.length > 0 ? ` Did you mean ${listWithOr(suggestions)}?` : '';
  return err('DRUG_UNKNOWN', `"${name}" is not a drug Stepdown knows.${hint}`, {
    expected: `one of: ${generics.join(', ')}`,
  });
};

/** For callers that hold an id from the catalogue itself; an unknown id is a bug. */
export const drugById = (id: string): Drug => {
  const drug = DRUGS.find((candidate) => candidate.id === id);
  if (!drug) throw new RangeError(`unknown drug id ${id}`);
  return drug;
};
