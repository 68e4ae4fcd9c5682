import type { ChangeEventHandler, KeyboardEventHandler, MouseEventHandler, Ref } from 'react';
import type { GridRowCheckboxProps } from '@mui/x-data-grid';

/**
 * The grid's row checkbox as a native input: a MUI Checkbox per row costs several styled components, which made paging
 * slow; the native one is styled once for the whole grid (`accent-color`) and keeps the grid's keyboard handling.
 */
export function RowCheckbox({ checked, onChange, onClick, onMouseDown, onKeyDown, tabIndex, disabled, className, slotProps, ref }: GridRowCheckboxProps) {
  const input = (slotProps?.htmlInput ?? {}) as { 'aria-label'?: string; name?: string };
  return (
    <input
      ref={ref as Ref<HTMLInputElement>}
      type="checkbox"
      className={className}
      checked={checked ?? false}
      disabled={disabled}
      tabIndex={tabIndex}
      aria-label={input['aria-label']}
      name={input.name}
      onChange={onChange as ChangeEventHandler<HTMLInputElement>}
      onClick={onClick as MouseEventHandler<HTMLInputElement>}
      onMouseDown={onMouseDown as MouseEventHandler<HTMLInputElement>}
      onKeyDown={onKeyDown as KeyboardEventHandler<HTMLInputElement>}
    />
  );
}
