import type { MouseEvent } from 'react';
import { useLocation } from 'react-router';
import type { AttendeeType } from '../api/attendee-type-schema';
import { detailPath } from './detail-navigation';

interface NameLinkProps {
  type: AttendeeType;
  tabIndex: 0 | -1;
  onOpen: (type: AttendeeType) => void;
}

const opensElsewhere = (event: MouseEvent) => event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

/**
 * The type's name as a real link to its detail (a new tab or window works), keeping the table's view in the URL. A
 * plain anchor rather than the router's Link: one per row, and the router's costs more to render on every page.
 */
export function NameLink({ type, tabIndex, onOpen }: NameLinkProps) {
  const { search } = useLocation();
  return (
    <a
      className="attendee-type-link"
      href={detailPath(type.ID, search)}
      tabIndex={tabIndex}
      onClick={(event) => {
        if (opensElsewhere(event)) return;
        event.preventDefault();
        onOpen(type);
      }}
    >
      {type.Name}
    </a>
  );
}
