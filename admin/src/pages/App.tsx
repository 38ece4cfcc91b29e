import { Layouts, Page, useAuth } from '@strapi/strapi/admin';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';

import { ConsoleNav } from '../components/ConsoleNav';

const OverviewPage = lazy(() => import('./OverviewPage'));
const DeletionsPage = lazy(() => import('./DeletionsPage'));
const NotificationsPage = lazy(() => import('./NotificationsPage'));
const AuthorsPage = lazy(() => import('./AuthorsPage'));
const CheckPage = lazy(() => import('./CheckPage'));
const RescansPage = lazy(() => import('./RescansPage'));
const AnnouncementsPage = lazy(() => import('./AnnouncementsPage'));
const AnnouncementPage = lazy(() => import('./AnnouncementPage'));
const ReactionPage = lazy(() => import('./ReactionPage'));
const RepliesPage = lazy(() => import('./RepliesPage'));
const FakesPage = lazy(() => import('./FakesPage'));
const CasesPage = lazy(() => import('./CasesPage'));
const ClaimsPage = lazy(() => import('./ClaimsPage'));
const SettingsPage = lazy(() => import('./SettingsPage'));

/**
 * The moderator console: one route per page, so links can be shared and bookmarked.
 *
 * Nothing mounts before the admin's own permissions have arrived: Strapi's `useRBAC` checks once,
 * when it mounts, and does not check again when they arrive (it compares only the permissions
 * asked about). A page opened straight from a link while they were loading showed the sub-navigation
 * with no links and hid every action button until a reload.
 */
const App = () => {
  const authLoading = useAuth('BrandCommunityApp', (state) => state.isLoading);
  return authLoading ? <Page.Loading /> : <Console />;
};

const Console = () => (
  <Layouts.Root sideNav={<ConsoleNav />}>
    <Suspense fallback={<Page.Loading />}>
      <Routes>
        <Route index element={<OverviewPage />} />
        <Route path="deletions" element={<DeletionsPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="authors" element={<AuthorsPage />} />
        <Route path="check" element={<CheckPage />} />
        <Route path="rescans" element={<RescansPage />} />
        <Route path="announcements" element={<AnnouncementsPage />} />
        <Route path="announcements/:id" element={<AnnouncementPage />} />
        <Route path="announcements/:id/reaction" element={<ReactionPage />} />
        <Route path="replies" element={<RepliesPage />} />
        <Route path="fakes" element={<FakesPage />} />
        <Route path="cases" element={<CasesPage />} />
        <Route path="claims" element={<ClaimsPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<Page.Error />} />
      </Routes>
    </Suspense>
  </Layouts.Root>
);

export default App;
