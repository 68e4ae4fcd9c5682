import { useEffect, useState, type RefObject } from 'react';

export interface RowRange {
  first: number;
  last: number;
}

/** Before the browser reports what is on screen (and where it cannot, e.g. tests), assume the first rows are. */
const ASSUMED_VISIBLE: RowRange = { first: 0, last: 9 };

/** The range of queue rows (`[data-row-index]` inside the container) that are on screen now. */
export function useVisibleRows(container: RefObject<HTMLElement | null>, rowKeys: string): RowRange {
  const [range, setRange] = useState<RowRange>(ASSUMED_VISIBLE);
  useEffect(() => {
    const element = container.current;
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const visible = new Set<number>();
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const index = Number((entry.target as HTMLElement).dataset.rowIndex);
        if (entry.isIntersecting) visible.add(index);
        else visible.delete(index);
      }
      if (visible.size === 0) return;
      const first = Math.min(...visible);
      const last = Math.max(...visible);
      setRange((current) => (current.first === first && current.last === last ? current : { first, last }));
    });
    for (const row of element.querySelectorAll('[data-row-index]')) observer.observe(row);
    return () => observer.disconnect();
  }, [container, rowKeys]);
  return range;
}
