import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { enumLabel } from '../common/enums';

interface Props {
  stage: string | undefined;
  name: string;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** A recruit leaving the pipeline (withdrawn, disqualified) needs the reason, which the history keeps. */
export const ExitDialog = ({ stage, name, onCancel, onConfirm }: Props) => {
  const [reason, setReason] = useState('');
  return (
    <Dialog open={!!stage} onClose={onCancel} aria-labelledby="exit-title">
      <DialogTitle id="exit-title">
        {enumLabel(stage)}: {name}
      </DialogTitle>
      <DialogContent>
        <TextField label="Reason" value={reason} onChange={(event) => setReason(event.target.value)} autoFocus required fullWidth multiline minRows={2} slotProps={{ htmlInput: { maxLength: 500 } }} sx={{ mt: 1 }} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="contained" disabled={!reason.trim()} onClick={() => onConfirm(reason.trim())}>
          Move
        </Button>
      </DialogActions>
    </Dialog>
  );
};
