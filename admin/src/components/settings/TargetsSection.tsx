import { Box, Button, Field, Flex, Grid, IconButton, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';

import { TARGET_FIELD_TYPES, type ContentTypeOption, type SettingsTarget } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';

type FieldKey = keyof typeof TARGET_FIELD_TYPES;
const FIELDS: FieldKey[] = ['textField', 'authorField', 'authorNameField', 'threadField', 'emailField'];
const REQUIRED: FieldKey[] = ['textField', 'authorField'];

interface Props {
  targets: SettingsTarget[];
  contentTypes: ContentTypeOption[];
  error: { field: string; message: string } | null;
  onChange: (targets: SettingsTarget[]) => void;
}

/** Comment collections to moderate: a collection and its fields, picked from the site's loaded schemas. */
export const TargetsSection = ({ targets, contentTypes, error, onChange }: Props) => {
  const t = useT();
  const labels: Record<FieldKey, string> = {
    textField: t('settings.targets.textField', 'Comment text'),
    authorField: t('settings.targets.authorField', 'Author'),
    authorNameField: t('settings.targets.authorNameField', 'Author name'),
    threadField: t('settings.targets.threadField', 'Thread'),
    emailField: t('settings.targets.emailField', 'Author e-mail'),
  };
  const errorAt = (field: string) => (error?.field === field ? error.message : undefined);
  const update = (i: number, next: SettingsTarget) => onChange(targets.map((x, j) => (j === i ? next : x)));
  const unused = contentTypes.filter((c) => !targets.some((x) => x.uid === c.uid));

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {targets.length === 0 && (
        <Typography textColor="neutral600">{t('settings.targets.none', 'No collection is moderated.')}</Typography>
      )}
      {targets.map((target, i) => {
        const schema = contentTypes.find((c) => c.uid === target.uid);
        return (
          <Box key={`${target.uid}-${i}`} padding={4} hasRadius borderColor="neutral200" data-testid={`bc-target-${i}`}>
            <Grid.Root gap={4}>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <Field.Root name={`targets[${i}].uid`} error={errorAt(`targets[${i}].uid`)}>
                  <Field.Label>{t('settings.targets.uid', 'Collection')}</Field.Label>
                  <SingleSelect
                    value={target.uid}
                    onChange={(uid: string | number) => update(i, { uid: String(uid), textField: '', authorField: '' })}
                  >
                    {[...(schema ? [schema] : []), ...unused].map((c) => (
                      <SingleSelectOption key={c.uid} value={c.uid}>
                        {c.displayName}
                      </SingleSelectOption>
                    ))}
                    {!schema && <SingleSelectOption value={target.uid}>{target.uid}</SingleSelectOption>}
                  </SingleSelect>
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              {FIELDS.map((key) => {
                const allowed: readonly string[] = TARGET_FIELD_TYPES[key];
                const options = (schema?.fields ?? []).filter((f) => allowed.includes(f.type));
                return (
                  <Grid.Item key={key} col={4} s={12} direction="column" alignItems="stretch">
                    <Field.Root name={`targets[${i}].${key}`} required={REQUIRED.includes(key)} error={errorAt(`targets[${i}].${key}`)}>
                      <Field.Label>{labels[key]}</Field.Label>
                      <SingleSelect
                        value={target[key] ?? ''}
                        placeholder={t('settings.targets.none.field', 'None')}
                        onClear={REQUIRED.includes(key) ? undefined : () => update(i, { ...target, [key]: undefined })}
                        onChange={(v: string | number) => update(i, { ...target, [key]: String(v) })}
                      >
                        {options.map((f) => (
                          <SingleSelectOption key={f.name} value={f.name}>
                            {`${f.name} (${f.type})`}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                      <Field.Error />
                    </Field.Root>
                  </Grid.Item>
                );
              })}
              <Grid.Item col={4} s={12} alignItems="flex-end">
                <IconButton
                  label={t('settings.targets.remove', 'Stop moderating this collection')}
                  onClick={() => onChange(targets.filter((_, j) => j !== i))}
                >
                  <Trash />
                </IconButton>
              </Grid.Item>
            </Grid.Root>
          </Box>
        );
      })}
      {error && /^targets(\[\d+\])?$/.test(error.field) && (
        <Typography textColor="danger600" role="alert">
          {error.message}
        </Typography>
      )}
      {unused.length > 0 && (
        <Flex>
          <Button
            variant="secondary"
            startIcon={<Plus />}
            onClick={() => onChange([...targets, { uid: unused[0].uid, textField: '', authorField: '' }])}
          >
            {t('settings.targets.add', 'Moderate another collection')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
};
