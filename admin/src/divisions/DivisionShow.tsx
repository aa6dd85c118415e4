import { DataTable, NumberField, ReferenceManyCount, ReferenceManyField, Show, SimpleShowLayout, TextField, useCanAccess } from 'react-admin';
import { EnumField, LaDateTimeField } from '../common/fields';
import { laDayStart, laToday } from '../common/laTime';

const DivisionShow = () => {
  const { canAccess: seesSchedule } = useCanAccess({ action: 'list', resource: 'deployments' });
  return (
    <Show>
      <SimpleShowLayout>
        <NumberField source="areaId" />
        <TextField source="name" />
        <EnumField source="bureau" />
        <NumberField source="weeklyTargetHours" />
        <ReferenceManyCount label="Reserves based here" reference="reserves" target="homeDivisionId" link />
        {seesSchedule && (
          <ReferenceManyField
            label="Upcoming deployments"
            reference="deployments"
            target="divisionId"
            sort={{ field: 'startsAt', order: 'ASC' }}
            filter={{ startsAt_gte: laDayStart(laToday()) }}
            perPage={10}
          >
            <DataTable rowClick="show" bulkActionButtons={false} empty={<span>No upcoming deployments</span>}>
              <DataTable.Col source="startsAt" field={LaDateTimeField} />
              <DataTable.Col source="location" />
              <DataTable.Col source="kind" field={EnumField} />
              <DataTable.Col source="status" field={EnumField} />
            </DataTable>
          </ReferenceManyField>
        )}
      </SimpleShowLayout>
    </Show>
  );
};

export default DivisionShow;
