/**
 * Seeded pseudo-random numbers, so a simulation is byte-for-byte reproducible
 * from its seed. Core never calls Math.random: the caller passes the seed.
 */

const UINT32 = 4_294_967_296;

/** Throws unless `seed` is an integer in [0, 2³²) (a bug, not user input). */
export const assertSeed = (seed: number): void => {
  if (!(Number.isSafeInteger(seed) && seed >= 0 && seed < UINT32)) {
    throw new RangeError(`seed must be an integer in [0, 2^32), got ${seed}`);
  }
};

/** Mulberry32 (Tommy Ettinger): a 32-bit generator of uniform numbers in [0, 1), period 2³². */
export const mulberry32 = (seed: number): (() => number) => {
  assertSeed(seed);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / UINT32;
  };
};

/**
 * Standard normal numbers by the Box–Muller transform from a uniform source:
 * each pair of uniforms gives two independent normals, returned in turn.
 */
export const standardNormals = (uniform: () => number): (() => number) => {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    const u1 = 1 - uniform(); // (0, 1]: keeps log finite
    const u2 = uniform();
    const radius = Math.sqrt(-2 * Math.log(u1));
    const angle = 2 * Math.PI * u2;
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
};
