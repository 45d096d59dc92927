import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmButton } from '../src/components/confirm-button.js';

const renderButton = (onConfirm = vi.fn(), onOpenChange = vi.fn()) => {
  render(
    <ConfirmButton
      label="Remove access"
      ariaLabel="Remove access for Supporter: Robin"
      question="Remove their access? They will stop seeing your record at once."
      yes="Yes, remove access"
      no="No, keep it"
      busy={false}
      onConfirm={onConfirm}
      onOpenChange={onOpenChange}
    />,
  );
  return { onConfirm, onOpenChange };
};

afterEach(cleanup);

describe('ConfirmButton', () => {
  it('asks first, with the focus on yes, and acts only on yes', () => {
    const { onConfirm, onOpenChange } = renderButton();
    fireEvent.click(screen.getByRole('button', { name: 'Remove access for Supporter: Robin' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(screen.getByText('Remove their access? They will stop seeing your record at once.')).toBeTruthy();
    const yes = screen.getByRole('button', { name: 'Yes, remove access' });
    expect(document.activeElement).toBe(yes);
    fireEvent.click(yes);
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('"no" closes the question and gives the focus back to the first button', () => {
    const { onConfirm, onOpenChange } = renderButton();
    fireEvent.click(screen.getByRole('button', { name: 'Remove access for Supporter: Robin' }));
    fireEvent.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(screen.queryByRole('button', { name: 'Yes, remove access' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove access for Supporter: Robin' }));
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
