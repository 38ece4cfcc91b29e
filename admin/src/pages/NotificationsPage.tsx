import { Layouts, Page } from '@strapi/strapi/admin';

import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

/** Placeholder: being built. */
const NotificationsPage = () => {
  const t = useT();
  return (
    <Page.Protect permissions={PERMISSIONS.readNotifications}>
      <Page.Main>
        <Layouts.Header title={t('nav.notifications', 'Notifications')} />
        <Layouts.Content>{null}</Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};

export default NotificationsPage;
