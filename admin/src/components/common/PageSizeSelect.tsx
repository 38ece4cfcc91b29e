import { Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';

import { useT } from '../../utils/useT';

const SIZES = ['10', '20', '50', '100'];

/** Entries per page, for lists whose URL state is written by the page itself (see deletions/query.ts). */
export const PageSizeSelect = ({ value, onChange }: { value: number; onChange: (size: string) => void }) => {
  const t = useT();
  const label = t('common.pageSize', 'Entries per page');
  return (
    <Flex gap={2}>
      <SingleSelect size="S" aria-label={label} value={String(value)} onChange={(v: string | number) => onChange(String(v))}>
        {SIZES.map((s) => (
          <SingleSelectOption key={s} value={s}>
            {s}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Typography textColor="neutral600" tag="span">
        {label}
      </Typography>
    </Flex>
  );
};
