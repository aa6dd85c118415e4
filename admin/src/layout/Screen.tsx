import type { ReactNode } from 'react';
import { useRequireAccess } from 'react-admin';

/** A screen of its own, open only to the roles that may read it (others get react-admin's access-denied page). */
export const Screen = ({ name, children }: { name: string; children: ReactNode }) => {
  const { isPending } = useRequireAccess({ action: 'list', resource: name });
  return isPending ? null : <>{children}</>;
};
