/**
 * A seeded generator of numbers in [0, 1): mulberry32 (Tommy Ettinger, public domain), small and fast,
 * the same sequence on every machine for the same seed. The optimal mix's search draws from it so that
 * its answer is deterministic.
 *
 * @param seed any number; only its low 32 bits count.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
