import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render-app';
import { useNotifications } from './notifications-context';

function SaveButton() {
  const notify = useNotifications();
  return <Button onClick={() => notify({ message: 'Receipt saved.', severity: 'success' })}>Save</Button>;
}

function ExportDialog() {
  const notify = useNotifications();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Export</Button>
      <Dialog open={open} aria-labelledby="export-title">
        <DialogTitle id="export-title">Export CSV</DialogTitle>
        <Button onClick={() => notify({ message: 'Export cancelled.', severity: 'info' })}>Cancel export</Button>
      </Dialog>
    </>
  );
}

describe('notifications', () => {
  it('are readable by screen readers while a dialog is open', async () => {
    const { user } = renderWithProviders(<ExportDialog />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel export' }));

    // Testing Library's role queries skip what an open dialog hides (aria-hidden), as screen readers do.
    expect(await screen.findByRole('alert')).toHaveTextContent('Export cancelled.');
  });

  it('shows a message that can be closed', async () => {
    const { user } = renderWithProviders(<SaveButton />, { locale: 'es-MX' });
    await user.click(await screen.findByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Receipt saved.');
    await user.click(screen.getByRole('button', { name: 'Cerrar' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});
