import { Box, Typography } from '@mui/material';
import { Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { EnumField, LaDateTimeField } from '../common/fields';

/** The changed fields, as JSON (SimpleShowLayout gives it its label). */
const Json = ({ source }: { source: string; label: string }) => {
  const record = useRecordContext();
  const value = record?.[source];
  return value ? (
    <Box component="pre" sx={{ m: 0, p: 1, bgcolor: 'grey.100', borderRadius: 1, fontSize: 13, overflowX: 'auto' }}>
      {JSON.stringify(value, null, 2)}
    </Box>
  ) : (
    <Typography variant="body2">—</Typography>
  );
};

const AuditEventShow = () => (
  <Show>
    <SimpleShowLayout>
      <LaDateTimeField source="occurredAt" />
      <TextField source="actorEmail" emptyText="—" />
      <TextField source="actorRole" emptyText="—" />
      <TextField source="action" />
      <TextField source="entityType" />
      <TextField source="entityId" emptyText="—" />
      <EnumField source="outcome" />
      <TextField source="reason" emptyText="—" />
      <Json source="before" label="Before" />
      <Json source="after" label="After" />
      <TextField source="requestId" emptyText="—" />
      <TextField source="sourceAddress" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export default AuditEventShow;
