import { RED_FLAGS } from '@stepdown/core';
import { isMessageKey, useI18n } from '../i18n/i18n.js';

/** Core's red flags, emergencies first: what the Help questions and the clinic request both ask. */
export const RED_FLAGS_EMERGENCY_FIRST = [...RED_FLAGS].sort((a, b) =>
  a.urgency === b.urgency ? 0 : a.urgency === 'emergency' ? -1 : 1,
);

/** The red flags as checkboxes in a fieldset with its question as the legend. */
export const RedFlagChoices = ({
  legend,
  name,
  selected,
  onToggle,
}: {
  legend: string;
  name: string;
  selected: readonly string[];
  onToggle: (id: string, checked: boolean) => void;
}) => {
  const { t } = useI18n();
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {RED_FLAGS_EMERGENCY_FIRST.map((flag) => {
        const key = `redFlag.${flag.id}`;
        return (
          <label key={flag.id} className="choice">
            <input
              type="checkbox"
              name={name}
              value={flag.id}
              checked={selected.includes(flag.id)}
              onChange={(event) => onToggle(flag.id, event.target.checked)}
            />{' '}
            {isMessageKey(key) ? t(key) : flag.label}
          </label>
        );
      })}
    </fieldset>
  );
};
