import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** react-admin's theme in the department's navy and gold. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: '#1a3a6b' },
    secondary: { main: '#1a3a6b', contrastText: '#fff' },
    warning: { main: '#b26a00' },
  },
  components: {
    ...defaultTheme.components,
  },
};
