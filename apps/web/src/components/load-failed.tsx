/** A load that failed: what happened in plain words and a "Try again" button, announced at once. */
export const LoadFailed = ({ message, retryLabel, onRetry }: { message: string; retryLabel: string; onRetry: () => void }) => (
  <div role="alert">
    <p>{message}</p>
    <button type="button" className="secondary" onClick={onRetry}>
      {retryLabel}
    </button>
  </div>
);
