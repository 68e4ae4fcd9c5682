import { useState } from 'react';
import Button, { type ButtonProps } from '@mui/material/Button';

/**
 * A Button that is never disabled under the keyboard focus. Disabling the focused button (Next on the last page, Submit
 * while the batch runs) drops focus on <body>, and a keyboard user starts again from the top of the page. While it holds
 * focus it is only marked unavailable (aria-disabled, the disabled look) and does nothing; once focus moves on it is
 * disabled for real.
 */
export function FocusKeepingButton({ disabled = false, className, onClick, onFocus, onBlur, ...props }: ButtonProps) {
  const [focused, setFocused] = useState(false);
  return (
    <Button
      {...props}
      disabled={disabled && !focused}
      aria-disabled={disabled || undefined}
      className={[className, disabled ? 'Mui-disabled' : undefined].filter(Boolean).join(' ') || undefined}
      // A submit button that only looks disabled must not submit either.
      onClick={disabled ? (event) => event.preventDefault() : onClick}
      onFocus={(event) => {
        setFocused(true);
        onFocus?.(event);
      }}
      onBlur={(event) => {
        setFocused(false);
        onBlur?.(event);
      }}
    />
  );
}
