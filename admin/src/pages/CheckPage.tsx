import { Layouts, Page } from '@strapi/strapi/admin';

import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

/** Placeholder: being built. */
const CheckPage = () => {
  const t = useT();
  return (
    <Page.Protect permissions={PERMISSIONS.check}>
      <Page.Main>
        <Layouts.Header title={t('nav.check', 'Check')} />
        <Layouts.Content>{null}</Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};

export default CheckPage;
