import { STRATEGIES, type StrategyId } from '@stepdown/core';
import type { SelectHTMLAttributes } from 'react';
import type { I18n } from '../i18n/i18n.js';

/** The strategies a clinician picks by name; `custom` is a CLI/API shape with no fixed pace, so it is not offered. */
export const NAMED_STRATEGIES = STRATEGIES.filter((s): s is Exclude<StrategyId, 'custom'> => s !== 'custom');

export const strategyName = (t: I18n['t'], strategy: StrategyId): string =>
  strategy === 'custom' ? strategy : t(`plan.strategy.${strategy}`);

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'children' | 'value'>;

/** A select of the named strategies, for a `Field`'s render prop (the builder's own and the comparison's). */
export const StrategySelect = ({
  t,
  value,
  onPick,
  ...props
}: SelectProps & { t: I18n['t']; value: StrategyId; onPick: (strategy: StrategyId) => void }) => (
  <select {...props} value={value} onChange={(event) => onPick(event.target.value as StrategyId)}>
    {NAMED_STRATEGIES.map((s) => (
      <option key={s} value={s}>
        {strategyName(t, s)}
      </option>
    ))}
  </select>
);
