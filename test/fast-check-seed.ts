/**
 * Property tests run with one fixed seed so a CI run is repeatable; set
 * FC_SEED=random (or a number) to explore other inputs locally.
 */
import fc from 'fast-check';

const wanted = process.env.FC_SEED;
if (wanted !== 'random') fc.configureGlobal({ seed: wanted ? Number(wanted) : 20261121 });
