import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from './did-you-mean.js';

describe('didYouMean', () => {
  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('valium', 'valium')).toBe(0);
    expect(editDistance('vailum', 'valium')).toBe(1);
    expect(editDistance('xanx', 'xanax')).toBe(1);
  });

  it('offers close names first and nothing far away', () => {
    expect(didYouMean('lorazepan', ['clonazepam', 'oxazepam', 'lorazepam'])[0]).toBe('lorazepam');
    expect(didYouMean('xanx', ['Xanax', 'Valium'])).toEqual(['Xanax']);
    expect(didYouMean('paracetamol', ['lorazepam', 'clonazepam'])).toEqual([]);
  });
});
