import { useEffect, useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useConfirm } from '../../../components/confirm-context';
import { useUnsavedChangesGuard } from '../../../components/use-unsaved-changes-guard';
import { useI18n } from '../../../i18n/i18n-context';
import { getSessionState } from '../../../lib/auth/session-store';
import { useSignedInSession } from '../../../lib/auth/signed-in-session';
import { attendeeTypeFormSchema, changesFrom, CODE_MAX, FORM_ID_MAX, NAME_MAX, type AttendeeTypeFormValues } from '../api/attendee-type-form';
import type { AttendeeType } from '../api/attendee-type-schema';
import { useUpdateAttendeeType } from '../api/use-update-attendee-type';
import { clearEditDraft, saveEditDraft } from './attendee-type-draft';
import { DuplicateSearchFieldsInput } from './duplicate-search-fields-input';
import { useServerErrorOnForm } from './use-server-error-on-form';

/** Each chip is checked on its own; the first refused one is named under the field. */
const firstItemError = (errors: unknown): string | undefined =>
  Array.isArray(errors) ? (errors as ({ message?: string } | undefined)[]).find((item) => item?.message)?.message : undefined;

interface AttendeeTypeFormProps {
  type: AttendeeType;
  initialValues: AttendeeTypeFormValues;
  /** With the saved name after a save; without it after Cancel. */
  onDone: (savedName?: string) => void;
}

/** Edits the fields Concur lets a PUT change; only what differs from the type as loaded is sent. */
export function AttendeeTypeForm({ type, initialValues, onDone }: AttendeeTypeFormProps) {
  const { t } = useI18n();
  const userId = useSignedInSession().user.id;
  const confirm = useConfirm();
  const schema = useMemo(() => attendeeTypeFormSchema(t), [t]);
  const form = useForm<AttendeeTypeFormValues>({ resolver: zodResolver(schema), defaultValues: initialValues, mode: 'onTouched' });
  const { control, register, handleSubmit, formState } = form;
  const values = useWatch({ control }) as AttendeeTypeFormValues;
  const dirty = Object.keys(changesFrom(type, values)).length > 0;
  const update = useUpdateAttendeeType();
  const showServerError = useServerErrorOnForm(form);
  useUnsavedChangesGuard(dirty);

  useEffect(() => {
    if (dirty) saveEditDraft(userId, type.ID, values);
    else clearEditDraft(userId, type.ID);
  }, [dirty, type.ID, userId, values]);
  // Leaving the form on purpose (Cancel, "Leave and discard") drops the draft; an ended session keeps it for later.
  useEffect(() => () => {
    if (getSessionState().status === 'signed-in') clearEditDraft(userId, type.ID);
  }, [type.ID, userId]);

  const save = handleSubmit(async (parsed) => {
    const changes = changesFrom(type, parsed);
    if (Object.keys(changes).length === 0) return onDone();
    try {
      await update.mutateAsync({ id: type.ID, changes });
    } catch (error) {
      return showServerError(error);
    }
    clearEditDraft(userId, type.ID);
    onDone(changes.Name ?? type.Name);
  });

  const cancel = async () => {
    const discard = !dirty || (await confirm({ title: t('attendeeTypes.edit.discardTitle'), message: t('attendeeTypes.edit.discardMessage'), confirmLabel: t('attendeeTypes.edit.discard'), destructive: true }));
    if (!discard) return;
    clearEditDraft(userId, type.ID);
    onDone();
  };

  const textField = (name: 'name' | 'code' | 'attendeeFormId', label: string, max: number) => {
    const error = formState.errors[name]?.message;
    return (
      <TextField
        {...register(name)}
        label={label}
        required
        error={Boolean(error)}
        helperText={error ?? t('attendeeTypes.form.length', { length: values[name].length, max })}
        fullWidth
      />
    );
  };

  return (
    <Stack component="form" noValidate onSubmit={(event) => void save(event)} sx={{ gap: 2.5 }} aria-label={t('attendeeTypes.edit.formLabel', { name: type.Name })}>
      {formState.errors.root?.server && (
        <Alert severity="error" role="alert">
          {formState.errors.root.server.message}
        </Alert>
      )}
      {textField('name', t('attendeeTypes.field.name'), NAME_MAX)}
      {textField('code', t('attendeeTypes.field.code'), CODE_MAX)}
      {textField('attendeeFormId', t('attendeeTypes.field.attendeeForm'), FORM_ID_MAX)}
      <Controller
        control={control}
        name="duplicateSearchFields"
        render={({ field, fieldState }) => (
          <DuplicateSearchFieldsInput
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={fieldState.error?.message ?? firstItemError(formState.errors.duplicateSearchFields)}
          />
        )}
      />
      <Controller
        control={control}
        name="allowManual"
        render={({ field }) => (
          <FormControlLabel control={<Switch checked={field.value} onChange={(event) => field.onChange(event.target.checked)} slotProps={{ input: { ref: field.ref } }} />} label={t('attendeeTypes.field.manualEntry')} />
        )}
      />
      <Controller
        control={control}
        name="allowCountEditing"
        render={({ field }) => (
          <FormControlLabel control={<Switch checked={field.value} onChange={(event) => field.onChange(event.target.checked)} slotProps={{ input: { ref: field.ref } }} />} label={t('attendeeTypes.field.countEditing')} />
        )}
      />
      <Stack direction="row" sx={{ gap: 1, justifyContent: 'flex-end' }}>
        <Button onClick={() => void cancel()} disabled={formState.isSubmitting}>
          {t('attendeeTypes.edit.cancel')}
        </Button>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('attendeeTypes.edit.saving') : t('attendeeTypes.edit.save')}
        </Button>
      </Stack>
    </Stack>
  );
}
