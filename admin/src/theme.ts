import type { CheckboxOwnerState } from '@mui/material';
import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's theme in the department's navy and gold.
 *
 * Accessibility (issue 6): the status colours are dark enough for text on white and on the lists'
 * row shading (WCAG AA, 4.5:1): MUI's default amber and light blue are not (3.1:1 and 3.9:1).
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: '#1a3a6b' },
    secondary: { main: '#1a3a6b', contrastText: '#fff' },
    // 5.4:1 on white; the amber it replaces (#b26a00) was 4.2:1 in the outlined chips ("Draft", "Leave").
    warning: { main: '#9a5b00', contrastText: '#fff' },
    info: { main: '#01579b' },
  },
  components: {
    ...defaultTheme.components,
    // A spinner names what is loading in its own aria-label where it can (the login page's
    // "Signing in"); react-admin's app-bar spinner has none (axe `aria-progressbar-name`).
    MuiCircularProgress: { defaultProps: { 'aria-label': 'Loading' } },
    MuiCheckbox: {
      defaultProps: {
        // react-admin's row checkbox ("Select this row") passes aria-label to MUI's Checkbox, which
        // puts it on the decorative <span> around the <input>: the input then has no name (axe
        // `label`) and the span an attribute it may not carry (`aria-prohibited-attr`). Move the
        // label onto the input, for every checkbox; one that labels its input itself keeps that.
        slotProps: {
          root: () => ({ 'aria-label': undefined }),
          input: (ownerState: CheckboxOwnerState) => (ownerState['aria-label'] ? { 'aria-label': ownerState['aria-label'] } : {}),
        },
      },
    },
  },
};
