import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { CreateBase, Form, NumberInput, required, SaveButton, SelectInput, TextInput, useNotify, type RaRecord } from 'react-admin';
import { choices } from '../common/enums';
import { LaDateTimeInput } from '../common/inputs';
import { formatDateTime, formatTime } from '../common/laTime';
import { ReferenceSelect } from '../common/references';
import { after, range, requiredText } from '../common/validation';

/** What the form opens with: the selected range, and the division the week is filtered to. */
export interface PatrolDraft {
  startsAt: string;
  endsAt: string;
  divisionId?: string;
}

const STATUSES = choices.deploymentStatus.filter((choice) => choice.id === 'DRAFT' || choice.id === 'PUBLISHED');

/**
 * A new patrol from a range selected on the week (or from the New patrol button): the times come in
 * prefilled in Los Angeles time and stay editable; `createDeployment` through react-admin's create.
 */
export const CreatePatrolDialog = ({ draft, onClose }: { draft: PatrolDraft | undefined; onClose: () => void }) => {
  const notify = useNotify();
  const queryClient = useQueryClient();
  return (
    <Dialog open={!!draft} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="create-patrol-title">
      {draft && (
        <CreateBase
          resource="deployments"
          redirect={false}
          record={{ kind: 'VISIBILITY_PATROL', requiredHeadcount: 2, status: 'DRAFT', ...draft }}
          mutationOptions={{
            onSuccess: (created: RaRecord) => {
              notify(`Patrol created: ${formatDateTime(created.startsAt)} - ${formatTime(created.endsAt)}, ${created.location}`, { type: 'success' });
              void queryClient.invalidateQueries({ queryKey: ['deployments'] });
              onClose();
            },
          }}
        >
          <Form noValidate>
            <DialogTitle id="create-patrol-title">New patrol</DialogTitle>
            <DialogContent dividers>
              <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2 }}>
                <Box sx={{ gridColumn: '1 / -1' }}>
                  <ReferenceSelect source="divisionId" reference="divisions" isRequired />
                </Box>
                <Box sx={{ gridColumn: '1 / -1' }}>
                  <TextInput source="location" validate={requiredText(200)} fullWidth helperText="A location or a description of the area covered" autoFocus />
                </Box>
                <LaDateTimeInput source="startsAt" validate={required()} />
                <LaDateTimeInput source="endsAt" validate={[required(), after('startsAt', 'Must end after it starts')]} />
                <SelectInput source="kind" choices={choices.deploymentKind} validate={required()} />
                <NumberInput source="requiredHeadcount" validate={range(1, 50, { integer: true })} />
                <SelectInput source="status" choices={STATUSES} validate={required()} />
              </Box>
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>Cancel</Button>
              <SaveButton label="Create patrol" />
            </DialogActions>
          </Form>
        </CreateBase>
      )}
    </Dialog>
  );
};
