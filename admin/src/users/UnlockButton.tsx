import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Button } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

/** Releases an account locked by failed sign-ins (shown only while it is locked). */
export const UnlockButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const unlock = useMutation({
    mutationFn: () => dataProvider.graphql('mutation Unlock($id: ID!) { unlockUser(id: $id) { id lockedAt } }', { id: record?.id }),
    onSuccess: () => notify('Account unlocked', { type: 'success' }),
    onError: (error: Error) => notify(error.message, { type: 'error' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
  if (!record?.lockedAt) return null;
  return (
    <Button size="small" startIcon={<LockOpenIcon />} onClick={() => unlock.mutate()} disabled={unlock.isPending}>
      Unlock
    </Button>
  );
};
