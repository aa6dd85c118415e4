import type { ReactNode } from 'react';
import { AppBar, Layout, UserMenu, useGetIdentity } from 'react-admin';
import { AppMenu } from './AppMenu';

/**
 * The user menu, named after the signed-in user and what it is ("Ada Admin, profile"): react-admin
 * shows the user's name but names the button "Profile" alone, so speech input ("click Ada Admin")
 * misses it (WCAG 2.5.3, axe `label-content-name-mismatch`).
 */
const AppUserMenu = () => {
  const { identity } = useGetIdentity();
  return <UserMenu label={identity?.fullName ? `${identity.fullName}, profile` : 'Profile'} />;
};

const AppAppBar = () => <AppBar userMenu={<AppUserMenu />} />;

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout menu={AppMenu} appBar={AppAppBar}>
    {children}
  </Layout>
);
