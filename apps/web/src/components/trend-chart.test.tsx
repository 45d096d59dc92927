import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TrendChart } from './trend-chart.js';

afterEach(cleanup);

describe('TrendChart', () => {
  it('is hidden from assistive technology (the table next to it carries the numbers) and draws nothing without a canvas', () => {
    const { container } = render(
      <TrendChart x={[1, 2, 3]} series={[{ label: 'Withdrawal', values: [4, null, 6] }]} locale="en" yRange={[0, 10]} />,
    );
    const box = container.querySelector('.trend-chart');
    expect(box?.getAttribute('aria-hidden')).toBe('true');
    // happy-dom has no 2D canvas: the chart must step aside quietly, not throw.
    expect(box?.childElementCount).toBe(0);
  });
});
