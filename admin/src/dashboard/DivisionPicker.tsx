import { MenuItem, TextField } from '@mui/material';
import { useGetList } from 'react-admin';

/** Narrows training compliance, the coverage rows and the hours by level to one division. */
export const DivisionPicker = ({ divisionId, onChange }: { divisionId?: string; onChange: (divisionId?: string) => void }) => {
  const { data = [], isPending } = useGetList('divisions', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  return (
    <TextField
      select
      size="small"
      label="Division"
      value={isPending ? '' : (divisionId ?? '')}
      onChange={(event) => onChange(event.target.value || undefined)}
      slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
      sx={{ width: 220 }}
    >
      <MenuItem value="">All divisions</MenuItem>
      {data.map((division) => (
        <MenuItem key={division.id} value={String(division.id)}>
          {division.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
