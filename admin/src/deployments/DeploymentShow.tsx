import { Box, Card, CardContent } from '@mui/material';
import { EditButton, NumberField, Show, SimpleShowLayout, TextField, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import { EnumField, HoursField, LaDateTimeField } from '../common/fields';
import { ReferenceName } from '../common/references';
import { DeploymentRoster } from './DeploymentRoster';
import { LifecycleButtons } from './LifecycleButtons';

const Actions = () => {
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'deployments' });
  return (
    <TopToolbar>
      {canAccess && <LifecycleButtons />}
      <EditButton />
    </TopToolbar>
  );
};

const Roster = () => {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'deployments' });
  if (!record) return null;
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <DeploymentRoster deploymentId={record.id} canChange={!!canAccess} />
      </CardContent>
    </Card>
  );
};

const DeploymentShow = () => (
  <Show actions={<Actions />} aside={undefined}>
    <Box>
      <SimpleShowLayout>
        <ReferenceName source="divisionId" reference="divisions" />
        <EnumField source="kind" />
        <TextField source="location" />
        <LaDateTimeField source="startsAt" />
        <LaDateTimeField source="endsAt" />
        <HoursField source="durationHours" />
        <NumberField source="requiredHeadcount" />
        <EnumField source="status" />
        <TextField source="notes" emptyText="—" />
      </SimpleShowLayout>
    </Box>
    <Roster />
  </Show>
);

export default DeploymentShow;
