import { Button } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

const STEPS = [
  { operation: 'publishDeployment', label: 'Publish', from: ['DRAFT'], done: 'Deployment published' },
  { operation: 'completeDeployment', label: 'Complete', from: ['PUBLISHED'], done: 'Deployment completed; confirmed hours recorded' },
  { operation: 'cancelDeployment', label: 'Cancel deployment', from: ['DRAFT', 'PUBLISHED'], done: 'Deployment cancelled with its assignments' },
] as const;

/** Publish, complete or cancel: the deployment's lifecycle operations, each refused by the server when it may not happen. */
export const LifecycleButtons = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const run = useMutation({
    mutationFn: (step: (typeof STEPS)[number]) => dataProvider.graphql(`mutation Step($id: ID!) { ${step.operation}(id: $id) { id status } }`, { id: record?.id }),
    onSuccess: (_data, step) => notify(step.done, { type: 'success' }),
    onError: (error: Error) => notify(error.message, { type: 'error', multiLine: true }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['deployments'] });
      void queryClient.invalidateQueries({ queryKey: ['roster'] });
      void queryClient.invalidateQueries({ queryKey: ['schedule'] });
    },
  });
  if (!record) return null;
  return (
    <>
      {STEPS.filter((step) => (step.from as readonly string[]).includes(record.status)).map((step) => (
        <Button
          key={step.operation}
          size="small"
          disabled={run.isPending}
          color={step.operation === 'cancelDeployment' ? 'error' : 'primary'}
          onClick={() => {
            if (step.operation !== 'cancelDeployment' || window.confirm('Cancel this deployment and all its assignments?')) run.mutate(step);
          }}
        >
          {step.label}
        </Button>
      ))}
    </>
  );
};
