/** A seeded stream of standard normal numbers. */
export interface NormalRandom {
  /** Fills out[from … to) with the next numbers of the stream. */
  fill(out: Float64Array, from?: number, to?: number): void;
}

/**
 * Standard normal pseudo-random numbers, reproducible from a 32-bit seed: the state of
 * xoshiro128** (Blackman & Vigna, 2018) is seeded by four outputs of splitmix32; two outputs
 * make a uniform double with 53 random bits, and Box-Muller turns two uniforms into two
 * independent normals (the second is kept for the next call). The stream depends only on the
 * seed and how many numbers were drawn, never on how the draws are split between calls.
 */
export function normalRandom(seed: number): NormalRandom {
  if (!(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff)) throw new RangeError(`seed ${seed}: expected a whole number from 0 to 4294967295`);
  let mix = seed >>> 0;
  const splitmix = (): number => {
    mix = (mix + 0x9e3779b9) >>> 0;
    let z = mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let s0 = splitmix();
  let s1 = splitmix();
  let s2 = splitmix();
  let s3 = splitmix();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  const next = (): number => {
    const result = Math.imul(rotate(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotate(s3, 11);
    return result;
  };
  /** Uniform on [0, 1) with 53 random bits. */
  const uniform = (): number => ((next() >>> 5) * 67108864 + (next() >>> 6)) / 9007199254740992;
  let spare = Number.NaN;
  return {
    fill(out, from = 0, to = out.length) {
      for (let i = from; i < to; i++) {
        if (!Number.isNaN(spare)) {
          out[i] = spare;
          spare = Number.NaN;
          continue;
        }
        const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
        const angle = 2 * Math.PI * uniform();
        out[i] = radius * Math.cos(angle);
        spare = radius * Math.sin(angle);
      }
    },
  };
}

function rotate(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
