import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import academyClasses from './academyClasses';
import assignments from './assignments';
import auditEvents from './auditEvents';
import { authProvider } from './authProvider';
import { representations } from './common/representations';
import curriculumModules from './curriculumModules';
import { Dashboard } from './dashboard';
import { dataProvider } from './dataProvider';
import deployments from './deployments';
import divisions from './divisions';
import { i18nProvider } from './i18n';
import { AppLayout } from './layout/AppLayout';
import LoginPage from './layout/LoginPage';
import { Screen } from './layout/Screen';
import recruits from './recruits';
import reserves from './reserves';
import { theme } from './theme';
import trainingRecords from './trainingRecords';
import users from './users';

const PipelineBoard = lazy(() => import('./pipeline/PipelineBoard'));
const ScheduleWeek = lazy(() => import('./schedule/ScheduleWeek'));

/**
 * The admin: one resource per domain noun, all over the GraphQL API. What each role sees follows the
 * API's roles (authProvider.canAccess): menus, buttons and routes alike.
 */
export const App = () => (
  <Admin
    disableTelemetry
    requireAuth
    title="Reserve & Academy Tracker"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    layout={AppLayout}
    theme={theme}
    dashboard={Dashboard}
  >
    <Resource name="recruits" {...recruits} />
    <Resource name="reserves" {...reserves} />
    <Resource name="deployments" {...deployments} />
    <Resource name="assignments" {...assignments} />
    <Resource name="academy-classes" {...academyClasses} />
    <Resource name="curriculum-modules" {...curriculumModules} />
    <Resource name="training-records" {...trainingRecords} />
    <Resource name="divisions" {...divisions} />
    <Resource name="users" {...users} />
    <Resource name="audit-events" {...auditEvents} />
    <Resource name="stage-changes" recordRepresentation={representations['stage-changes']} />
    <CustomRoutes>
      <Route
        path="/pipeline"
        element={
          <Screen name="pipeline">
            <PipelineBoard />
          </Screen>
        }
      />
      <Route
        path="/schedule"
        element={
          <Screen name="schedule">
            <ScheduleWeek />
          </Screen>
        }
      />
    </CustomRoutes>
  </Admin>
);
