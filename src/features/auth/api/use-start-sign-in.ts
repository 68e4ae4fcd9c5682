import { useMutation } from '@tanstack/react-query';
import { startSignIn } from '../../../lib/auth/start-sign-in';

/** Leaves for Concur's sign-in page; `isSuccess` means the browser is on its way there. */
export function useStartSignIn() {
  return useMutation({ mutationFn: (returnTo: string) => startSignIn(returnTo) });
}
