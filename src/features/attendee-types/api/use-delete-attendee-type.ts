import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { concurRequest } from '../../../lib/concur/concur-client';
import { attendeeTypeKeys } from './attendee-type-queries';
import { attendeeTypePath, type LoadedPage } from './attendee-type-requests';
import { writeAnswerSchema } from './attendee-type-schema';

interface DeleteContext {
  pages: [QueryKey, LoadedPage | undefined][];
}

/**
 * DELETE, optimistic: the type leaves every loaded page at once and comes back if Concur refuses (standard types, or
 * Concur's "unsupported since 2016" answer). The caller shows the toast.
 */
export function useDeleteAttendeeType() {
  const queryClient = useQueryClient();
  return useMutation<unknown, Error, string, DeleteContext>({
    mutationFn: (id) => concurRequest({ path: attendeeTypePath(id), method: 'DELETE', schema: writeAnswerSchema }),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: attendeeTypeKeys.lists() });
      const pages = queryClient.getQueriesData<LoadedPage>({ queryKey: attendeeTypeKeys.lists() });
      queryClient.setQueriesData<LoadedPage>({ queryKey: attendeeTypeKeys.lists() }, (page) =>
        page ? { ...page, items: page.items.filter((type) => type.ID !== id) } : page,
      );
      return { pages };
    },
    onError: (_error, _id, context) => {
      for (const [key, page] of context?.pages ?? []) queryClient.setQueryData(key, page);
    },
    onSuccess: (_answer, id) => {
      queryClient.removeQueries({ queryKey: attendeeTypeKeys.detail(id) });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: attendeeTypeKeys.lists() }),
  });
}
