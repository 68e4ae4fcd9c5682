import type { BenchSuite } from './context';
import { shellSuite } from './shell-suite';

/** Every suite `npm run bench` runs, in order. Add a feature's suite here. */
export const suites: BenchSuite[] = [shellSuite];
