import { useEffect, useState } from 'react';
import type * as ResultsOverviewModule from './results-overview';

type OverviewModule = typeof ResultsOverviewModule;

let loaded: OverviewModule | undefined;
let loading: Promise<OverviewModule> | undefined;

/** Starts loading the charts-and-grid chunk (the page calls it on mount, long before any answer arrives). */
export function loadResultsOverview(): Promise<OverviewModule> {
  loading ??= import('./results-overview').then((module) => (loaded = module));
  return loading;
}

/**
 * The results component once its chunk is in. Not React.lazy: a lazy component suspends on first render even when its
 * chunk is already loaded, and React holds a suspended reveal back for a few hundred milliseconds.
 */
export function useResultsOverview(): OverviewModule['ResultsOverview'] | undefined {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (module) return undefined;
    let current = true;
    void loadResultsOverview().then((next) => current && setModule(next));
    return () => {
      current = false;
    };
  }, [module]);
  return module?.ResultsOverview;
}
