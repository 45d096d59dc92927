/**
 * The Bateman kernel of a one-compartment model with first-order absorption:
 *
 *   b(t) = (e^(−ke·t) − e^(−ka·t)) / (ka − ke)          for t > 0, and 0 for t ≤ 0,
 *
 * so that one oral dose D taken t hours ago leaves D·e^(−ka·t) in the gut and
 * D·ka·b(t) in the body. Written as e^(−min(ka,ke)·t) · (1 − e^(−|ka−ke|·t)) / |ka−ke|
 * with `expm1`, it has no cancellation, needs no special case when ka ≈ ke
 * (it tends smoothly to t·e^(−k·t), the limit formula, reached exactly at ka = ke)
 * and never overflows when ka < ke (flip-flop kinetics).
 */
export const batemanKernel = (ka: number, ke: number, t: number): number => {
  if (!(t > 0)) return 0;
  const gap = Math.abs(ka - ke);
  const spread = gap === 0 ? t : -Math.expm1(-gap * t) / gap;
  return Math.exp(-Math.min(ka, ke) * t) * spread;
};

/** The rate constants the kernel needs. */
export interface RateConstants {
  readonly ka: number;
  readonly ke: number;
}

/**
 * The exact propagator of the model's two amounts over `h` hours with no dose
 * in between (the matrix exponential of the linear ODEs, in closed form):
 *
 *   gut'  = gutDecay · gut
 *   body' = bodyDecay · body + gutToBody · gut
 *
 * Every coefficient is non-negative, so stepping a state forward never subtracts.
 */
export interface Propagator {
  readonly gutDecay: number;
  readonly bodyDecay: number;
  readonly gutToBody: number;
}

export const propagator = ({ ka, ke }: RateConstants, h: number): Propagator => ({
  gutDecay: Math.exp(-ka * h),
  bodyDecay: Math.exp(-ke * h),
  gutToBody: ka * batemanKernel(ka, ke, h),
});
