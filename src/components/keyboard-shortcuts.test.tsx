import { useState } from 'react';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render-app';
import { useShortcuts } from './keyboard-shortcuts';

function NextCounter() {
  const [count, setCount] = useState(0);
  useShortcuts([{ key: 'j', label: 'J', description: 'Next', run: () => setCount((value) => value + 1) }]);
  return (
    <>
      <p>Moved {count}</p>
      <label>
        Search <input type="search" />
      </label>
      <label>
        Select row <input type="checkbox" />
      </label>
      <button type="button">Open</button>
    </>
  );
}

describe('page shortcuts', () => {
  it('fire on the page, on a checkbox and on a button, never while the user types in a field', async () => {
    const { user } = renderWithProviders(<NextCounter />);

    await user.keyboard('j');
    expect(screen.getByText('Moved 1')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Select row' }));
    await user.keyboard('j');
    expect(screen.getByText('Moved 2')).toBeInTheDocument();

    screen.getByRole('button', { name: 'Open' }).focus();
    await user.keyboard('j');
    expect(screen.getByText('Moved 3')).toBeInTheDocument();

    await user.click(screen.getByRole('searchbox', { name: 'Search' }));
    await user.keyboard('jj');
    expect(screen.getByText('Moved 3')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('jj');
  });
});
