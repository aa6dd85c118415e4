/** Session and login limits (CJIS AC-7, AC-11, IA-5 defaults); each is settable by environment. */
export interface AuthSettings {
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  lockoutAttempts: number;
  lockoutWindowMinutes: number;
  /** Login attempts per source address per minute. */
  loginRateLimitPerMinute: number;
  /** `auto`: Secure when the request came over HTTPS (set TRUST_PROXY behind a proxy). */
  cookieSecure: 'auto' | 'always' | 'never';
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  lockoutAttempts: 5,
  lockoutWindowMinutes: 15,
  loginRateLimitPerMinute: 20,
  cookieSecure: 'auto',
};

export const SESSION_COOKIE = 'tracker_session';
