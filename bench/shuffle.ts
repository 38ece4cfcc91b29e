/**
 * The order in which the bench's contestants read one block: a permutation from a fixed-seed
 * generator (mulberry32), new for every block.
 *
 * A filter runs slower right after another library's code (caches and branch predictors hold
 * the other's state). In a fixed rotation each contestant always follows the same one: the
 * baseline's clean-only and dirty-only runs (BENCH_BASELINE) always followed the baseline itself
 * and read ~15% faster than the same code in our slots. Shuffled, every contestant follows each
 * other equally often over the rounds, and the same code reads alike in every slot.
 */
let seed = 0x9e3779b9;

function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A permutation of 0 … n − 1 (Fisher–Yates). */
export function shuffled(n: number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
