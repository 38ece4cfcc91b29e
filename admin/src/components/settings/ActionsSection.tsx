import { Field, Flex, Grid, NumberInput, SingleSelect, SingleSelectOption, Toggle } from '@strapi/design-system';

import { MODERATED_CATEGORIES, MODERATION_ACTIONS, SETTINGS_LIMITS, type Settings } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';

interface Props {
  settings: Settings;
  error: { field: string; message: string } | null;
  onChange: (next: Settings) => void;
}

/** What happens to each category, whether it is explained, warnings, bans and dry run. */
export const ActionsSection = ({ settings, error, onChange }: Props) => {
  const t = useT();
  const errorAt = (field: string) => (error?.field === field ? error.message : undefined);
  const category = {
    obscenity: t('settings.category.obscenity', 'Obscenity and insults'),
    advertising: t('settings.category.advertising', 'Advertising'),
    duplicate: t('settings.category.duplicate', 'Repeated comments'),
    contact: t('settings.category.contact', 'A bare link, e-mail or phone number'),
  };
  const action = {
    remove: t('settings.action.remove', 'Remove'),
    hold: t('settings.action.hold', 'Hold for a moderator'),
    flag: t('settings.action.flag', 'Publish and flag'),
    allow: t('settings.action.allow', 'Allow'),
  };
  const yesNo = { onLabel: t('settings.on', 'On'), offLabel: t('settings.off', 'Off') };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Grid.Root gap={4}>
        {MODERATED_CATEGORIES.map((c) => (
          <Grid.Item key={c} col={6} s={12} direction="column" alignItems="stretch">
            <Flex gap={4} alignItems="flex-start">
              <Field.Root name={`actions.${c}`} error={errorAt(`actions.${c}`)} style={{ flex: 1 }}>
                <Field.Label>{category[c]}</Field.Label>
                <SingleSelect
                  value={settings.actions[c]}
                  onChange={(v: string | number) =>
                    onChange({ ...settings, actions: { ...settings.actions, [c]: v as Settings['actions'][typeof c] } })
                  }
                >
                  {MODERATION_ACTIONS.map((a) => (
                    <SingleSelectOption key={a} value={a}>
                      {action[a]}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Error />
              </Field.Root>
              <Field.Root name={`explain.${c}`} error={errorAt(`explain.${c}`)}>
                <Field.Label>{t('settings.explain', 'Explained to the author')}</Field.Label>
                <Toggle
                  {...yesNo}
                  checked={settings.explain[c]}
                  onChange={(e: { target: { checked: boolean } }) =>
                    onChange({ ...settings, explain: { ...settings.explain, [c]: e.target.checked } })
                  }
                />
                <Field.Error />
              </Field.Root>
            </Flex>
          </Grid.Item>
        ))}
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Field.Root
            name="maxWarnings"
            error={errorAt('maxWarnings')}
            hint={t('settings.maxWarnings.hint', 'Warnings for repeated comments before the author is banned.')}
          >
            <Field.Label>{t('settings.maxWarnings', 'Warnings before a ban')}</Field.Label>
            <NumberInput
              value={settings.maxWarnings}
              onValueChange={(v: number | undefined) => onChange({ ...settings, maxWarnings: v ?? 0 })}
            />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Field.Root
            name="banDays"
            error={errorAt('banDays')}
            hint={t('settings.banDays.hint', '0: until a moderator unbans. At most {max}.', { max: SETTINGS_LIMITS.banDays })}
          >
            <Field.Label>{t('settings.banDays', 'Ban length (days)')}</Field.Label>
            <NumberInput value={settings.banDays} onValueChange={(v: number | undefined) => onChange({ ...settings, banDays: v ?? 0 })} />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Field.Root name="banOnAdvertising" error={errorAt('banOnAdvertising')}>
            <Field.Label>{t('settings.banOnAdvertising', 'Ban advertisers at once')}</Field.Label>
            <Toggle
              {...yesNo}
              checked={settings.banOnAdvertising}
              onChange={(e: { target: { checked: boolean } }) => onChange({ ...settings, banOnAdvertising: e.target.checked })}
            />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <Field.Root
            name="dryRun"
            error={errorAt('dryRun')}
            hint={t('settings.dryRun.hint', 'Log what would happen and change nothing: every comment is saved.')}
          >
            <Field.Label>{t('settings.dryRun', 'Dry run')}</Field.Label>
            <Toggle {...yesNo} checked={settings.dryRun} onChange={(e: { target: { checked: boolean } }) => onChange({ ...settings, dryRun: e.target.checked })} />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
    </Flex>
  );
};
