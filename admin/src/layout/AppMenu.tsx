import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import type { ReactElement } from 'react';
import { Menu, useCanAccess } from 'react-admin';

/** A screen of its own (not a resource), shown to the roles that may read it. */
const ScreenItem = ({ to, screen, text, icon }: { to: string; screen: string; text: string; icon: ReactElement }) => {
  const { canAccess } = useCanAccess({ action: 'list', resource: screen });
  return canAccess ? <Menu.Item to={to} primaryText={text} leftIcon={icon} /> : null;
};

/** The menu, in the order of the week's work; each entry shows only for the roles that may open it. */
export const AppMenu = () => (
  <Menu>
    {/* The home page, for every role: the dashboards read nothing a role may not see. */}
    <Menu.DashboardItem />
    <Menu.ResourceItem name="recruits" />
    <ScreenItem to="/pipeline" screen="pipeline" text="Recruitment board" icon={<ViewKanbanIcon />} />
    <Menu.ResourceItem name="reserves" />
    <ScreenItem to="/schedule" screen="schedule" text="Patrol schedule" icon={<CalendarMonthIcon />} />
    <Menu.ResourceItem name="deployments" />
    <Menu.ResourceItem name="assignments" />
    <Menu.ResourceItem name="academy-classes" />
    <Menu.ResourceItem name="curriculum-modules" />
    <Menu.ResourceItem name="training-records" />
    <Menu.ResourceItem name="divisions" />
    <Menu.ResourceItem name="users" />
    <Menu.ResourceItem name="audit-events" />
  </Menu>
);
