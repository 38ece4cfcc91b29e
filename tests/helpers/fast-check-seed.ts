/**
 * Property tests draw from one fixed seed, so `npm test` (and CI) is reproducible: a failure seen
 * once is seen again on the next run, never as a flake. FC_SEED=random explores new cases (the
 * seed of a failure is printed, FC_SEED=<seed> replays it).
 */
import fc from 'fast-check';

const asked = process.env.FC_SEED;
if (asked !== 'random') fc.configureGlobal({ seed: asked ? Number(asked) : 20261126 });
