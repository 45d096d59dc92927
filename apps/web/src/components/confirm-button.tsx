import { useEffect, useRef, useState } from 'react';
import './confirm-button.css';

/**
 * A button whose action needs a second, explicit yes (remove access, leave a clinic…).
 * The first press shows the question with "yes" and "no"; "yes" takes the focus so the
 * keyboard is where the choice is, and "no" gives the focus back to the first button.
 * The caller runs the action in `onConfirm` and removes the item (or shows an error) itself.
 */
export const ConfirmButton = ({
  label,
  ariaLabel,
  question,
  yes,
  no,
  busy,
  onConfirm,
  onOpenChange,
}: {
  label: string;
  /** The accessible name when the visible label needs its context, e.g. whose access is removed. */
  ariaLabel?: string | undefined;
  question?: string | undefined;
  yes: string;
  no: string;
  busy: boolean;
  onConfirm: () => void;
  onOpenChange?: ((open: boolean) => void) | undefined;
}) => {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const yesButton = useRef<HTMLButtonElement>(null);
  // Set by "no": the trigger is only back in the page after the next render.
  const refocus = useRef(false);
  useEffect(() => {
    if (open) yesButton.current?.focus();
    else if (refocus.current) {
      refocus.current = false;
      trigger.current?.focus();
    }
  }, [open]);
  const change = (next: boolean) => {
    setOpen(next);
    onOpenChange?.(next);
  };

  if (!open)
    return (
      <button ref={trigger} type="button" aria-label={ariaLabel} onClick={() => change(true)}>
        {label}
      </button>
    );
  return (
    <div className="confirm">
      {question ? <p>{question}</p> : null}
      <div className="confirm-actions">
        <button ref={yesButton} type="button" className="primary" disabled={busy} onClick={onConfirm}>
          {yes}
        </button>
        <button
          type="button"
          onClick={() => {
            refocus.current = true;
            change(false);
          }}
        >
          {no}
        </button>
      </div>
    </div>
  );
};
