import { Field } from '../components/field.js';
import type { Draft, ItemView } from './items.js';

/** A radio group with its hint and error read out with it (a fieldset has no `Field`). */
const ChoiceGroup = ({
  name,
  item,
  value,
  error,
  onChange,
}: {
  name: string;
  item: Extract<ItemView, { kind: 'choice' }>;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) => {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = [item.hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`choices${item.scale ? ' scale' : ''}${error ? ' field-invalid' : ''}`}
      {...(describedBy ? { 'aria-describedby': describedBy } : {})}
    >
      <legend>{item.label}</legend>
      {item.hint ? (
        <p className="hint" id={hintId}>
          {item.hint}
        </p>
      ) : null}
      <div className={item.scale ? 'scale-options' : 'choice-options'}>
        {item.options.map((option) => (
          <label key={option.value} className={item.scale ? 'scale-option' : 'choice'}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === String(option.value)}
              onChange={() => onChange(String(option.value))}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
};

/** Every question of a form, each with its own error; the answers live in the parent so nothing typed is lost. */
export const QuestionFields = ({
  formId,
  items,
  draft,
  errors,
  onChange,
}: {
  formId: string;
  items: readonly ItemView[];
  draft: Draft;
  errors: Readonly<Record<string, string>>;
  onChange: (id: string, value: string) => void;
}) => (
  <>
    {items.map((item) => {
      const value = draft[item.id] ?? '';
      const error = errors[item.id];
      if (item.kind === 'choice')
        return (
          <ChoiceGroup
            key={item.id}
            name={`${formId}-${item.id}`}
            item={item}
            value={value}
            error={error}
            onChange={(next) => onChange(item.id, next)}
          />
        );
      return (
        <Field key={item.id} label={item.label} hint={item.hint} error={error}>
          {(props) =>
            item.kind === 'text' ? (
              <textarea
                {...props}
                rows={3}
                maxLength={item.maxLength}
                value={value}
                onChange={(event) => onChange(item.id, event.target.value)}
              />
            ) : (
              <input
                {...props}
                className="number-input"
                inputMode={item.integer ? 'numeric' : 'decimal'}
                autoComplete="off"
                value={value}
                onChange={(event) => onChange(item.id, event.target.value)}
              />
            )
          }
        </Field>
      );
    })}
  </>
);
