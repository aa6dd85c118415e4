/** Dashboard settings (issue 7); settable by environment. */
export interface DashboardSettings {
  /**
   * Dollars an hour of volunteered service is worth, for `reserveUtilization`'s value figure:
   * 46,426 hours valued at $2,160,971 in 2014 is about $46.55 an hour (domain facts).
   */
  volunteerHourValue: number;
}

export const DEFAULT_DASHBOARD_SETTINGS: DashboardSettings = {
  volunteerHourValue: 46.55,
};
