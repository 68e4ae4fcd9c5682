import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FocusKeepingButton } from './focus-keeping-button';

function Sender({ onSubmit }: { onSubmit: () => void }) {
  const [sent, setSent] = useState(false);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <FocusKeepingButton type="submit" disabled={sent} onClick={() => setSent(true)}>
        Send
      </FocusKeepingButton>
      <button type="button">Next stop</button>
    </form>
  );
}

describe('FocusKeepingButton', () => {
  it('keeps the focus when it becomes unavailable, does nothing then, and is disabled once focus moves on', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<Sender onSubmit={onSubmit} />);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);

    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toHaveFocus();
    expect(send).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);

    await user.tab();
    expect(screen.getByRole('button', { name: 'Next stop' })).toHaveFocus();
    expect(send).toBeDisabled();
  });
});
