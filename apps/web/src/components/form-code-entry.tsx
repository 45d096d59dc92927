import { type FormEvent, useId, useState } from 'react';
import './form-code-entry.css';
import { Field } from './field.js';
import { useInlineAction } from './inline-action.js';

/**
 * A card with one field for a one-time code someone was given (a patient's invitation,
 * a clinic's invitation) and a submit button. The code is trimmed (people paste it with
 * spaces or line breaks), checked by `validate` before any request, and kept in the
 * input on an error so it can be corrected; a success clears it and is announced.
 */
export const CodeEntryForm = ({
  heading,
  label,
  hint,
  submitLabel,
  busyText = '',
  className,
  validate,
  submit,
  describeError,
}: {
  heading: string;
  label: string;
  hint: string;
  submitLabel: string;
  busyText?: string | undefined;
  className?: string | undefined;
  /** A mistake to show before asking the server (an empty or cut-short code), or undefined. */
  validate: (code: string) => string | undefined;
  /** Sends the trimmed code; resolves the sentence announced on success. */
  submit: (code: string) => Promise<string>;
  describeError: (failure: unknown) => string;
}) => {
  const headingId = useId();
  const [code, setCode] = useState('');
  const [done, setDone] = useState('');
  const action = useInlineAction(describeError);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (action.busy) return;
    const value = code.trim();
    const mistake = validate(value);
    if (mistake) {
      action.setError(mistake);
      return;
    }
    setDone('');
    await action.run(async () => {
      const said = await submit(value);
      setCode('');
      setDone(said);
    });
  };

  return (
    <section className={className ? `card code-entry ${className}` : 'card code-entry'} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Field label={label} hint={hint} error={action.error}>
          {(props) => (
            <input
              {...props}
              name="code"
              className="code-input"
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              maxLength={200}
              value={code}
              onChange={(event) => {
                setCode(event.target.value);
                setDone('');
              }}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={action.busy}>
          {submitLabel}
        </button>
      </form>
      <p role="status">{action.busy ? busyText : done}</p>
    </section>
  );
};
