import { InlineError } from '../components/inline-error.js';

/** The end of a form: the mistake that concerns the whole form (announced), then the send button. */
export const FormSubmit = ({
  error,
  busy,
  label,
  busyLabel,
}: {
  error: string | undefined;
  busy: boolean;
  label: string;
  busyLabel: string;
}) => (
  <>
    <InlineError message={error} />
    <button type="submit" className="primary" disabled={busy}>
      {busy ? busyLabel : label}
    </button>
  </>
);
