/**
 * Link props that start loading the next screen's code when the pointer rests on the link or it gets focus, so the
 * click finds it loaded (React Router's `<Link prefetch="intent">` works in framework mode only, not with this data
 * router). Loading twice is free: the browser keeps one copy of each module.
 */
export function preloadOnIntent(preload: () => Promise<unknown>): { onMouseEnter: () => void; onFocus: () => void } {
  const start = () => {
    // Offline, the import would fail, and some browsers remember a failed import for the page's lifetime; the click
    // after reconnecting then loads it itself.
    if (!navigator.onLine) return;
    // A failed preload is no error: the route's own import, on the click, retries and reports through its error view.
    preload().catch(() => undefined);
  };
  return { onMouseEnter: start, onFocus: start };
}
