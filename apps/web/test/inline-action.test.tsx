import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useInlineAction } from '../src/components/inline-action.js';
import { InlineError } from '../src/components/inline-error.js';

/** One button and its error, as the sections use them. */
const Acknowledge = ({ send }: { send: () => Promise<unknown> }) => {
  const action = useInlineAction((failure) => `Not saved: ${failure instanceof Error ? failure.message : 'unknown'}`);
  return (
    <>
      <button type="button" disabled={action.busy} onClick={() => void action.run(send)}>
        Acknowledge
      </button>
      <InlineError message={action.error} />
    </>
  );
};

afterEach(cleanup);

describe('useInlineAction and InlineError', () => {
  it('runs once on a double tap and is busy while the request is out', async () => {
    let finish: () => void = () => {};
    const send = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<Acknowledge send={send} />);
    const button = screen.getByRole('button', { name: 'Acknowledge' }) as HTMLButtonElement;
    fireEvent.click(button);
    fireEvent.click(button);
    expect(send).toHaveBeenCalledTimes(1);
    expect(button.disabled).toBe(true);
    finish();
    await vi.waitFor(() => expect(button.disabled).toBe(false));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a failure in words as an alert, and clears it when tried again', async () => {
    const send = vi.fn().mockRejectedValueOnce(new Error('the server is away')).mockResolvedValueOnce(undefined);
    render(<Acknowledge send={send} />);
    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: the server is away');
    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(send).toHaveBeenCalledTimes(2);
  });
});
