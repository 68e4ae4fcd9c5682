import { describe, expect, it } from 'vitest';
import { makeTypes } from '../testing/fake-attendee-types';
import { cursorOf, rememberCursor } from './cursor-map';
import { matchesSearch, visibleRows } from './rows';
import { parseView, viewSearch } from './table-view';

describe('the table view in the URL', () => {
  it('round-trips page, cursor, size, search and sort, leaving defaults out', () => {
    const view = { page: 3, size: 50 as const, cursor: 'a+b/c=', q: 'guest ñ', sort: { field: 'Code' as const, direction: 'desc' as const } };
    expect(parseView(viewSearch(view))).toEqual(view);
    expect(viewSearch({ page: 1, size: 25, q: '', cursor: undefined, sort: undefined })).toBe('');
  });

  it('falls back to defaults for anything malformed', () => {
    expect(parseView('?page=-2&size=30&sort=Name.sideways&cursor=x')).toEqual({ page: 1, size: 25, cursor: undefined, q: '', sort: undefined });
    expect(parseView('?page=2.5&sort=ID.asc')).toMatchObject({ page: 1, sort: undefined });
  });
});

describe('the cursor map', () => {
  it('remembers cursors per page size; page 1 needs none', () => {
    rememberCursor(25, 2, 'c2');
    rememberCursor(50, 2, 'other');
    expect(cursorOf(25, 1)).toBe('');
    expect(cursorOf(25, 2)).toBe('c2');
    expect(cursorOf(50, 2)).toBe('other');
    expect(cursorOf(25, 3)).toBeUndefined();
  });

  it('ignores what it cannot read', () => {
    sessionStorage.setItem('concur-console:attendee-types:cursors:25', '{"2": 5, "3": "ok"');
    expect(cursorOf(25, 3)).toBeUndefined();
  });
});

describe('quick search and sort over loaded rows', () => {
  const types = makeTypes(12);

  it('matches every word in name, code, form, connector or duplicate-search fields, ignoring case and accents', () => {
    const employee = types[0] as (typeof types)[number];
    expect(matchesSearch({ ...employee, Name: 'Médico Invitado' }, 'medico INV')).toBe(true);
    expect(matchesSearch(employee, 'company')).toBe(true);
    expect(matchesSearch(employee, 'company nurse')).toBe(false);
  });

  it('sorts text naturally and flags false first, keeping Concur’s order for ties', () => {
    const names = visibleRows(types, '', { field: 'Name', direction: 'desc' }, 'en').map((type) => type.Name);
    expect(names.slice(0, 3)).toEqual(['Type 012', 'Type 011', 'Type 010']);
    const flags = visibleRows(types, '', { field: 'AllowAttendeeCountEditing', direction: 'asc' }, 'en');
    expect(flags.map((type) => type.AllowAttendeeCountEditing)).toEqual([...Array(9).fill(false), ...Array(3).fill(true)]);
    expect(flags[0]?.Name).toBe('Type 002');
  });
});
