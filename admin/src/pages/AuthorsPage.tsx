import { Layouts, Page } from '@strapi/strapi/admin';

import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

/** Placeholder: being built. */
const AuthorsPage = () => {
  const t = useT();
  return (
    <Page.Protect permissions={PERMISSIONS.readAuthors}>
      <Page.Main>
        <Layouts.Header title={t('nav.authors', 'Authors')} />
        <Layouts.Content>{null}</Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};

export default AuthorsPage;
