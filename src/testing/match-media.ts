/**
 * jsdom has no matchMedia. This one answers width queries against the window (1024 px wide, a desktop layout) and says
 * no to everything else (so `prefers-color-scheme: dark` is false).
 */
export function installMatchMedia(): void {
  window.matchMedia = (query: string): MediaQueryList => {
    const minWidth = /min-width:\s*([\d.]+)px/.exec(query);
    const maxWidth = /max-width:\s*([\d.]+)px/.exec(query);
    const matches =
      (minWidth !== null || maxWidth !== null) &&
      (!minWidth || window.innerWidth >= Number(minWidth[1])) &&
      (!maxWidth || window.innerWidth <= Number(maxWidth[1]));
    return {
      matches,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    };
  };
}
