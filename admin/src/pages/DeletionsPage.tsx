import { Layouts, Page } from '@strapi/strapi/admin';

import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

/** Placeholder: being built. */
const DeletionsPage = () => {
  const t = useT();
  return (
    <Page.Protect permissions={PERMISSIONS.readLog}>
      <Page.Main>
        <Layouts.Header title={t('nav.deletions', 'Deletions')} />
        <Layouts.Content>{null}</Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};

export default DeletionsPage;
