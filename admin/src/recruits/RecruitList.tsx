import { DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { csvExporter } from '../common/csv';
import { choices } from '../common/enums';
import { EnumField, LaDateTimeField, ShowLinkField } from '../common/fields';
import { LaDayFilterInput } from '../common/inputs';
import { useBulkActions, ReferenceName, ReferenceSelect } from '../common/references';
import { DaysInStageField } from './DaysInStageField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="stage" source="stage" choices={choices.stage} alwaysOn />,
  <SelectInput key="targetLevel" source="targetLevel" choices={choices.level} />,
  <SelectInput key="source" source="source" choices={choices.source} />,
  <ReferenceSelect key="preferredDivisionId" source="preferredDivisionId" reference="divisions" />,
  <ReferenceSelect key="academyClassId" source="academyClassId" reference="academy-classes" />,
  <LaDayFilterInput key="stageChangedAt_gte" source="stageChangedAt_gte" />,
  <LaDayFilterInput key="stageChangedAt_lt" source="stageChangedAt_lt" endOfDay />,
  <LaDayFilterInput key="createdAt_gte" source="createdAt_gte" />,
  <LaDayFilterInput key="createdAt_lt" source="createdAt_lt" endOfDay />,
];

const exporter = csvExporter('recruits', [
  { source: 'lastName', label: 'Last name' },
  { source: 'firstName', label: 'First name' },
  { source: 'stage', label: 'Stage', kind: 'enum' },
  { source: 'stageChangedAt', label: 'In stage since', kind: 'datetime' },
  { source: 'targetLevel', label: 'Target level', kind: 'enum' },
  { source: 'source', label: 'Source', kind: 'enum' },
  { source: 'preferredDivisionId', label: 'Preferred division', reference: 'divisions' },
  { source: 'academyClassId', label: 'Academy class', reference: 'academy-classes' },
  { source: 'email', label: 'Email' },
  { source: 'phone', label: 'Phone' },
  { source: 'exitReason', label: 'Exit reason' },
]);

const RecruitList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} sort={{ field: 'lastName', order: 'ASC' }} perPage={25} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="lastName" field={ShowLinkField} />
        <DataTable.Col source="firstName" />
        <DataTable.Col source="stage" field={EnumField} />
        <DataTable.Col source="stageChangedAt" label="Days in stage" field={DaysInStageField} />
        <DataTable.Col source="targetLevel" field={EnumField} />
        <DataTable.Col source="source" field={EnumField} />
        <DataTable.Col source="preferredDivisionId">
          <ReferenceName source="preferredDivisionId" reference="divisions" />
        </DataTable.Col>
        <DataTable.Col source="createdAt" label="Entered" field={LaDateTimeField} />
      </DataTable>
    </List>
  );
};

export default RecruitList;
