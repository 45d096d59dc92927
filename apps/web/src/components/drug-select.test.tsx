import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DrugSelect, drugName } from './drug-select.js';

afterEach(cleanup);

describe('drug select', () => {
  it('lists core’s medicines by name, or only the ones given, and reports the pick', () => {
    const onPick = vi.fn();
    render(<DrugSelect aria-label="Medicine" value="clonazepam" ids={['clonazepam', 'diazepam']} onPick={onPick} />);
    const select = screen.getByRole('combobox', { name: 'Medicine' });
    expect([...select.querySelectorAll('option')].map((o) => o.value)).toEqual(['clonazepam', 'diazepam']);
    fireEvent.change(select, { target: { value: 'diazepam' } });
    expect(onPick).toHaveBeenCalledWith('diazepam');
  });

  it('names an unknown medicine by its id', () => {
    expect(drugName('alprazolam')).toMatch(/alprazolam/i);
    expect(drugName('not-a-drug')).toBe('not-a-drug');
  });
});
