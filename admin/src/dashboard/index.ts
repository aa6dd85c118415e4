import { lazy } from 'react';

/** The dashboard, loaded on demand: its charts stay out of the first page's JavaScript. */
export const Dashboard = lazy(() => import('./Dashboard'));
