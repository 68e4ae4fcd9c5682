import { useOutletContext } from 'react-router';
import type { AttendeeType } from '../api/attendee-type-schema';

export const DETAIL_TITLE_ID = 'attendee-type-detail-title';

export interface AttendeeTypesOutletContext {
  /** A side panel over the table (wide screens) or a page of its own (small screens). */
  variant: 'panel' | 'page';
  requestDelete: (type: AttendeeType, beforeDelete?: () => void) => Promise<boolean>;
}

export const useAttendeeTypesOutlet = () => useOutletContext<AttendeeTypesOutletContext>();
