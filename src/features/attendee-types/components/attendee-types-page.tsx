import { Outlet, useParams } from 'react-router';
import Drawer from '@mui/material/Drawer';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useCloseDetail } from './detail-navigation';
import { AttendeeTypesTable } from './attendee-types-table';
import { DETAIL_TITLE_ID, type AttendeeTypesOutletContext } from './outlet-context';
import { useDeleteAttendeeTypeFlow } from './use-delete-attendee-type-flow';

/**
 * `/attendee-types` and `/attendee-types/:id`: the table, with the detail as a side panel over it on wide screens, or
 * as a page of its own on small ones. The table stays mounted under the panel, so its page, scroll and focus survive.
 */
export function AttendeeTypesPage() {
  const { id } = useParams();
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('md'), { noSsr: true });
  const requestDelete = useDeleteAttendeeTypeFlow();
  const closeDetail = useCloseDetail();
  const detailOpen = id !== undefined;

  if (detailOpen && !wide) return <Outlet context={{ variant: 'page', requestDelete } satisfies AttendeeTypesOutletContext} />;
  return (
    <>
      <AttendeeTypesTable detailOpen={detailOpen} requestDelete={requestDelete} />
      <Drawer
        anchor="right"
        open={detailOpen}
        onClose={closeDetail}
        // A modal panel: above the app bar, which sits above the navigation drawer.
        sx={{ zIndex: (theme) => theme.zIndex.modal }}
        slotProps={{ paper: { role: 'dialog', 'aria-modal': true, 'aria-labelledby': DETAIL_TITLE_ID, sx: { width: 'min(600px, 100vw)' } } }}
      >
        <Outlet context={{ variant: 'panel', requestDelete } satisfies AttendeeTypesOutletContext} />
      </Drawer>
    </>
  );
}
