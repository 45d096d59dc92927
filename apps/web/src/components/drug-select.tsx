import { DRUGS } from '@stepdown/core';
import type { SelectHTMLAttributes } from 'react';

/** A medicine's name from core's catalogue; its id when the catalogue does not know it (an old record). */
export const drugName = (id: string): string => DRUGS.find((drug) => drug.id === id)?.name ?? id;

const ALL_DRUGS: readonly string[] = DRUGS.map((drug) => drug.id);

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'children' | 'value'>;

/**
 * A select of core's medicines by name (or only `ids`), for a `Field`'s render prop: pass its props through.
 * Every medicine picker (onboarding, the plan builder, the import) shows the same names in the same order.
 */
export const DrugSelect = ({
  value,
  onPick,
  ids = ALL_DRUGS,
  ...props
}: SelectProps & { value: string; onPick: (id: string) => void; ids?: readonly string[] }) => (
  <select {...props} value={value} onChange={(event) => onPick(event.target.value)}>
    {ids.map((id) => (
      <option key={id} value={id}>
        {drugName(id)}
      </option>
    ))}
  </select>
);
