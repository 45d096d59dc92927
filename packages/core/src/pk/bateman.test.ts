import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batemanKernel, propagator } from './bateman.js';

const naive = (ka: number, ke: number, t: number): number => (Math.exp(-ke * t) - Math.exp(-ka * t)) / (ka - ke);
const rate = fc.double({ min: 1e-3, max: 5, noNaN: true });
const time = fc.double({ min: 1e-3, max: 500, noNaN: true });

describe('batemanKernel', () => {
  it('equals the textbook formula where that is well conditioned', () => {
    fc.assert(
      fc.property(rate, rate, time, (ka, ke, t) => {
        fc.pre(Math.abs(ka - ke) * t > 0.1);
        const expected = naive(ka, ke, t);
        expect(Math.abs(batemanKernel(ka, ke, t) - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected) + 1e-300);
      }),
    );
  });

  it('is zero at and before the dose', () => {
    expect(batemanKernel(1.7, 0.02, 0)).toBe(0);
    expect(batemanKernel(1.7, 0.02, -3)).toBe(0);
  });

  it('reaches the limit t·e^(−k·t) at ka = ke, and stays accurate next to it where the textbook formula cancels', () => {
    const ke = 0.3;
    for (const t of [0.5, 2, 10, 50]) {
      expect(batemanKernel(ke, ke, t)).toBe(t * Math.exp(-ke * t));
      for (const gap of [1e-6, 1e-9, 1e-12]) {
        // e^(−ke·t)·(1 − e^(−δt))/δ = e^(−ke·t)·t·(1 − δt/2 + (δt)²/6 − …)
        const x = gap * t;
        const series = Math.exp(-ke * t) * t * (1 - x / 2 + (x * x) / 6 - (x * x * x) / 24);
        const value = batemanKernel(ke + gap, ke, t);
        expect(Math.abs(value - series)).toBeLessThanOrEqual(1e-14 * series);
      }
    }
  });

  it('is symmetric in ka and ke and never overflows (flip-flop kinetics, long times)', () => {
    fc.assert(
      fc.property(rate, rate, time, (ka, ke, t) => {
        expect(batemanKernel(ka, ke, t)).toBe(batemanKernel(ke, ka, t));
      }),
    );
    expect(batemanKernel(0.01, 3, 5000)).toBeGreaterThan(0);
    expect(Number.isFinite(batemanKernel(0.01, 3, 5000))).toBe(true);
  });
});

describe('propagator', () => {
  it('composes: stepping h1 then h2 equals stepping h1 + h2 (it is the exact solution)', () => {
    fc.assert(
      fc.property(
        rate,
        rate,
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        (ka, ke, h1, h2) => {
          const step = (h: number, [gut, body]: [number, number]): [number, number] => {
            const p = propagator({ ka, ke }, h);
            return [p.gutDecay * gut, p.bodyDecay * body + p.gutToBody * gut];
          };
          const [gutA, bodyA] = step(h2, step(h1, [1000, 50]));
          const [gutB, bodyB] = step(h1 + h2, [1000, 50]);
          expect(gutA).toBeCloseTo(gutB, 9);
          expect(Math.abs(bodyA - bodyB)).toBeLessThanOrEqual(1e-10 * Math.max(1, bodyB));
        },
      ),
    );
  });
});
