import { SubNav, useRBAC } from '@strapi/strapi/admin';

import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

/** The console's sub-navigation, like the Content Manager's; links the admin may not open are hidden. */
export const ConsoleNav = () => {
  const t = useT();
  const logs = useRBAC(PERMISSIONS.readLog).allowedActions.canRead;
  const notifications = useRBAC(PERMISSIONS.readNotifications).allowedActions.canRead;
  const authors = useRBAC(PERMISSIONS.readAuthors).allowedActions.canRead;
  const check = useRBAC(PERMISSIONS.check).allowedActions.canRun;
  const rescan = useRBAC(PERMISSIONS.rescan).allowedActions.canRun;
  const announcements = useRBAC(PERMISSIONS.readAnnouncements).allowedActions.canRead;
  const replies = useRBAC(PERMISSIONS.writeReplies).allowedActions.canWrite;
  const answers = useRBAC(PERMISSIONS.readAnswers).allowedActions.canRead;
  const settings = useRBAC(PERMISSIONS.settings).allowedActions.canManage;
  const links = [
    { to: '', label: t('nav.overview', 'Overview'), show: logs, end: true },
    { to: 'deletions', label: t('nav.deletions', 'Deletions'), show: logs },
    { to: 'notifications', label: t('nav.notifications', 'Notified authors'), show: notifications },
    { to: 'authors', label: t('nav.authors', 'Authors'), show: authors },
    { to: 'check', label: t('nav.check', 'Test a comment'), show: check },
    { to: 'rescans', label: t('nav.rescans', 'Re-scan'), show: rescan },
    { to: 'announcements', label: t('nav.announcements', 'Announcements'), show: announcements },
    { to: 'replies', label: t('nav.replies', 'Replies'), show: replies },
    { to: 'fakes', label: t('nav.fakes', 'Suspected fakes'), show: answers },
    { to: 'cases', label: t('nav.cases', 'Cases'), show: answers },
    { to: 'claims', label: t('nav.claims', 'Claims'), show: answers },
    { to: 'settings', label: t('nav.settings', 'Settings'), show: settings },
  ].filter((l) => l.show);

  return (
    <SubNav.Main aria-label={t('plugin.name', 'Community')}>
      <SubNav.Header label={t('plugin.name', 'Community')} />
      <SubNav.Content>
        <SubNav.Sections>
          {[
            <SubNav.Section key="console" label={t('nav.section', 'Moderation')}>
              {links.map((l) => (
                <SubNav.Link key={l.to} to={l.to} end={l.end} label={l.label} />
              ))}
            </SubNav.Section>,
          ]}
        </SubNav.Sections>
      </SubNav.Content>
    </SubNav.Main>
  );
};
