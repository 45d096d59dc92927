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
    <FormError error={error} />
    <button type="submit" className="primary" disabled={busy}>
      {busy ? busyLabel : label}
    </button>
  </>
);

/** A mistake that belongs to no single field, in plain words; nothing when there is none. */
export const FormError = ({ error }: { error: string | undefined }) =>
  error ? (
    <p className="form-error" role="alert">
      {error}
    </p>
  ) : null;
