import { useMutation, useQueryClient } from '@tanstack/react-query';
import { concurRequest } from '../../../lib/concur/concur-client';
import type { AttendeeTypeChanges } from './attendee-type-form';
import { attendeeTypeKeys } from './attendee-type-queries';
import { attendeeTypePath } from './attendee-type-requests';
import { writeAnswerSchema, type AttendeeType } from './attendee-type-schema';

interface UpdateVariables {
  id: string;
  changes: AttendeeTypeChanges;
}

/** PUT with only the changed fields; on success the detail shows the new values at once and the lists refetch. */
export function useUpdateAttendeeType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: UpdateVariables) =>
      concurRequest({ path: attendeeTypePath(id), method: 'PUT', body: changes, schema: writeAnswerSchema }),
    onSuccess: async (_answer, { id, changes }) => {
      queryClient.setQueryData<AttendeeType>(attendeeTypeKeys.detail(id), (type) => (type ? { ...type, ...changes } : type));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: attendeeTypeKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: attendeeTypeKeys.lists() }),
      ]);
    },
  });
}
