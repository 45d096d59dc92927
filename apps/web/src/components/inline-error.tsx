/**
 * A failed action's message, in plain words, right below the control it concerns.
 * `role="alert"` so a screen reader hears it at once; nothing renders without a message.
 */
export const InlineError = ({ message, id }: { message: string | undefined; id?: string }) =>
  message ? (
    <p className="form-error" role="alert" id={id}>
      {message}
    </p>
  ) : null;
