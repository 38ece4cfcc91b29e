import { Layouts, Page } from '@strapi/strapi/admin';

import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

/** Placeholder: being built. */
const OverviewPage = () => {
  const t = useT();
  return (
    <Page.Protect permissions={PERMISSIONS.readLog}>
      <Page.Main>
        <Layouts.Header title={t('nav.overview', 'Overview')} />
        <Layouts.Content>{null}</Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};

export default OverviewPage;
