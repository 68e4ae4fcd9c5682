import Button from '@mui/material/Button';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render-app';
import { useNotifications } from './notifications-context';

function SaveButton() {
  const notify = useNotifications();
  return <Button onClick={() => notify({ message: 'Receipt saved.', severity: 'success' })}>Save</Button>;
}

describe('notifications', () => {
  it('shows a message that can be closed', async () => {
    const { user } = renderWithProviders(<SaveButton />, { locale: 'es-MX' });
    await user.click(await screen.findByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Receipt saved.');
    await user.click(screen.getByRole('button', { name: 'Cerrar' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});
