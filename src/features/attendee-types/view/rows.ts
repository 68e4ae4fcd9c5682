import type { AttendeeType } from '../api/attendee-type-schema';
import type { TableSort } from './table-view';

/** Every word must appear in the name, code, attendee form, connector or a duplicate-search field (any case, any accent). */
export function matchesSearch(type: AttendeeType, q: string): boolean {
  const words = fold(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([type.Name, type.Code, type.AttendeeFormID, type.ConnectorID, ...type.DuplicateSearchFields].join(' '));
  return words.every((word) => haystack.includes(word));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Quick search then sort, both over the rows given (Concur cannot search or sort attendee types itself). */
export function visibleRows(rows: readonly AttendeeType[], q: string, sort: TableSort | undefined, locale: string): AttendeeType[] {
  const matching = rows.filter((type) => matchesSearch(type, q));
  if (!sort) return matching;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'asc' ? 1 : -1;
  // Array.prototype.sort is stable, so equal values keep Concur's order.
  return matching.sort((a, b) => {
    const left = a[sort.field];
    const right = b[sort.field];
    const order = typeof left === 'boolean' ? Number(left) - Number(right) : collator.compare(String(left), String(right));
    return order * sign;
  });
}
