import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { useQuery } from 'react-query';

import type { LearnOption } from '../../../../shared/contracts';
import { settingsKeys, useSettingsApi } from '../../api/settings';
import { PERMISSIONS } from '../../permissions';
import { useT } from '../../utils/useT';

export type LearnChoiceValue = { kind: LearnOption['kind']; value: string } | null;

interface Props {
  /** The log entry being restored. */
  entryId: string;
  value: LearnChoiceValue;
  onChange: (value: LearnChoiceValue) => void;
}

/**
 * "Don't flag this again", fitted to the entry's evidence: the word as a site exception, the
 * contact into the allowlist, or the author trusted with repeats. Shown to admins who may change
 * the settings (the API checks it again).
 */
export const LearnChoice = ({ entryId, value, onChange }: Props) => {
  const t = useT();
  const api = useSettingsApi();
  const { allowedActions } = useRBAC(PERMISSIONS.settings);
  const options = useQuery(settingsKeys.learnOptions(entryId), () => api.learnOptions(entryId), {
    enabled: !!allowedActions.canManage,
  });
  const list = options.data?.data ?? [];
  if (!allowedActions.canManage || list.length === 0) return null;

  const label = (o: LearnOption) =>
    o.kind === 'term'
      ? t('learn.term', 'Allow the word “{value}” on this site', { value: o.value })
      : o.kind === 'allowlist'
        ? t('learn.allowlist', 'Add {value} to the brand allowlist', { value: o.value })
        : t('learn.author', 'Trust this author with repeated comments');
  const encode = (o: { kind: string; value: string }) => `${o.kind}\u0000${o.value}`;

  return (
    <Field.Root
      name="learn"
      hint={t('learn.hint', 'Teaches the filter on every node; listed and removable in the moderation settings.')}
    >
      <Field.Label>{t('learn.label', "Don't flag this again")}</Field.Label>
      <SingleSelect
        data-testid="bc-learn-choice"
        value={value ? encode(value) : 'none'}
        onChange={(v: string | number) => {
          const chosen = list.find((o) => encode(o) === v);
          onChange(chosen ? { kind: chosen.kind, value: chosen.value } : null);
        }}
      >
        <SingleSelectOption value="none">{t('learn.none', 'No, only restore this comment')}</SingleSelectOption>
        {list.map((o) => (
          <SingleSelectOption key={encode(o)} value={encode(o)}>
            {label(o)}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
    </Field.Root>
  );
};
