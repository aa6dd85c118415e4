import type { ReactElement } from 'react';
import { AutocompleteInput, BulkDeleteButton, BulkExportButton, ReferenceField, ReferenceInput, required, useCanAccess, useResourceContext, type SortPayload, type Validator } from 'react-admin';

interface ReferenceSelectProps {
  source: string;
  reference: string;
  label?: string;
  isRequired?: boolean;
  sort?: SortPayload;
  filter?: Record<string, unknown>;
  alwaysOn?: boolean;
  disabled?: boolean;
  helperText?: string;
  validate?: Validator[];
}

const SORTS: Record<string, SortPayload> = {
  divisions: { field: 'name', order: 'ASC' },
  reserves: { field: 'lastName', order: 'ASC' },
  recruits: { field: 'lastName', order: 'ASC' },
  'academy-classes': { field: 'startsOn', order: 'DESC' },
  'curriculum-modules': { field: 'code', order: 'ASC' },
  deployments: { field: 'startsAt', order: 'DESC' },
};

/** Choose a referenced record by name, searching the API's `q` as one types. */
export const ReferenceSelect = ({ source, reference, label, isRequired, sort, filter, alwaysOn, disabled, helperText, validate = [] }: ReferenceSelectProps) => (
  <ReferenceInput source={source} reference={reference} sort={sort ?? SORTS[reference]} perPage={25} filter={filter} alwaysOn={alwaysOn}>
    <AutocompleteInput
      label={label}
      validate={isRequired ? [required(), ...validate] : validate}
      filterToQuery={(q: string) => (q ? { q } : {})}
      disabled={disabled}
      helperText={helperText}
      sx={{ minWidth: 260 }}
    />
  </ReferenceInput>
);

/** A reference shown by name, linking to the record's page. */
export const ReferenceName = ({ source, reference, link = 'show' }: { source: string; reference: string; link?: 'show' | 'edit' | false; label?: string }) => (
  <ReferenceField source={source} reference={reference} link={link} emptyText="—" />
);

/** Bulk actions: export the selection; delete it (asked, and refused by the server when not allowed). */
export const BulkActions = () => (
  <>
    <BulkExportButton />
    <BulkDeleteButton mutationMode="pessimistic" />
  </>
);

/** Bulk actions for the lists of roles that may delete; none (and no row checkboxes) for the others. */
export function useBulkActions(): ReactElement | false {
  const { canAccess } = useCanAccess({ action: 'delete', resource: useResourceContext() });
  return canAccess ? <BulkActions /> : false;
}
