import { Alert, Box, Button, Card, CardContent, CircularProgress, TextField, Typography } from '@mui/material';
import ShieldIcon from '@mui/icons-material/Shield';
import { useState, type FormEvent } from 'react';
import { useLogin } from 'react-admin';
import { SESSION_ENDED, sessionEndedNotice } from '../authProvider';
import { messageOf } from '../dataProvider/graphqlRequest';

/** Sign-in with email and password; a refusal is explained in the server's words, on the page. */
const LoginPage = () => {
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const sessionEnded = sessionEndedNotice();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await login({ email, password });
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: '#1a3a6b', p: 2 }}>
      <Card sx={{ width: '100%', maxWidth: 400 }}>
        <CardContent>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
            <ShieldIcon color="primary" fontSize="large" aria-hidden />
            <Typography variant="h5" component="h1">
              Reserve &amp; Academy Tracker
            </Typography>
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            Sign in with your staff account.
          </Typography>
          <Box component="form" onSubmit={submit} noValidate aria-label="Sign in" sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
            <TextField id="email" name="email" label="Email" type="email" autoComplete="username" autoFocus required value={email} onChange={(event) => setEmail(event.target.value)} />
            <TextField
              id="password"
              name="password"
              label="Password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
            {sessionEnded && !error && (
              <Alert severity="info" role="status">
                {SESSION_ENDED}
              </Alert>
            )}
            {error && (
              <Alert severity="error" role="alert" data-testid="login-error">
                {error}
              </Alert>
            )}
            <Button type="submit" variant="contained" size="large" disabled={busy || !email || !password}>
              {busy ? <CircularProgress size={22} aria-label="Signing in" /> : 'Sign in'}
            </Button>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};

export default LoginPage;
