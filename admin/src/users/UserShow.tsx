import { BooleanField, EditButton, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { EnumField, LaDateTimeField } from '../common/fields';
import { UnlockButton } from './UnlockButton';

const Actions = () => (
  <TopToolbar>
    <UnlockButton />
    <EditButton />
  </TopToolbar>
);

const UserShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="email" />
      <EnumField source="role" />
      <BooleanField source="active" />
      <LaDateTimeField source="lockedAt" emptyText="Not locked" />
      <LaDateTimeField source="lastLoginAt" emptyText="Never" />
      <LaDateTimeField source="passwordChangedAt" emptyText="—" />
      <LaDateTimeField source="createdAt" />
    </SimpleShowLayout>
  </Show>
);

export default UserShow;
