import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { graphqlRequest } from '../dataProvider/graphqlRequest';

/**
 * One dashboard query, cached per variables by react-admin's query client. A changed period keeps
 * the previous figures on screen (marked as refreshing) rather than flashing the skeleton. Errors
 * carry the server's message (graphqlRequest); a session that ended sends the user to the login page,
 * as the lists do (authProvider.checkError).
 */
export function useDashboardQuery<T>(name: string, query: string, variables: Record<string, unknown>) {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const result = useQuery({
    queryKey: ['dashboard', name, variables],
    // No abort signal: when the page mounts twice while react-admin settles, the second mount
    // joins the first request instead of cancelling it and asking again.
    queryFn: () => graphqlRequest<T>(query, variables),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
  const { error } = result;
  useEffect(() => {
    if (error) void logoutIfAccessDenied(error);
  }, [error, logoutIfAccessDenied]);
  return result;
}
