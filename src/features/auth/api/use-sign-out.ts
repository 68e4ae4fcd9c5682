import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { signOut } from '../../../lib/auth/sign-out';

/** Not a mutation: signing out clears the mutation cache it would live in. */
export function useSignOut(): { signOut: () => void; isSigningOut: boolean } {
  const queryClient = useQueryClient();
  const [isSigningOut, setIsSigningOut] = useState(false);
  return {
    isSigningOut,
    signOut: () => {
      setIsSigningOut(true);
      void signOut(queryClient);
    },
  };
}
