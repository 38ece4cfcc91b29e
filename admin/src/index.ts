import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Clock } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

import { ModerationPanel } from './components/content-manager/ModerationPanel';
import { Initializer } from './components/Initializer';
import { PluginIcon } from './components/PluginIcon';
import { QUEUE_LINK } from './components/widgets/links';
import { CONSOLE_PERMISSIONS, PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';

const plugin: StrapiApp['appPlugins'][string] = {
  register(app) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Community' },
      Component: () => import('./pages/App'),
      permissions: CONSOLE_PERMISSIONS,
    });

    // Moderation settings also live under Settings → Brand community (same page, same permission).
    app.addSettingsLink(
      { id: PLUGIN_ID, intlLabel: { id: `${PLUGIN_ID}.settings.section`, defaultMessage: 'Brand community' } },
      {
        id: `${PLUGIN_ID}-settings`,
        to: PLUGIN_ID,
        intlLabel: { id: `${PLUGIN_ID}.settings.link`, defaultMessage: 'Moderation' },
        Component: () => import('./pages/SettingsPage'),
        permissions: PERMISSIONS.settings,
      }
    );

    app.registerPlugin({
      id: PLUGIN_ID,
      initializer: Initializer,
      isReady: false,
      name: PLUGIN_ID,
    });

    app.widgets.register({
      id: 'awaiting-review',
      pluginId: PLUGIN_ID,
      icon: Clock,
      title: { id: getTranslation('widget.title'), defaultMessage: 'Awaiting review' },
      link: { label: { id: getTranslation('widget.link'), defaultMessage: 'Open the queue' }, href: QUEUE_LINK },
      component: async () => (await import('./components/widgets/AwaitingReviewWidget')).AwaitingReviewWidget,
      permissions: PERMISSIONS.readLog,
    });
  },

  bootstrap(app) {
    const cm = app.getPlugin('content-manager')?.apis;
    if (hasSidePanels(cm)) cm.addEditViewSidePanel([ModerationPanel]);
  },

  async registerTrads({ locales }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as {
            default: Record<string, string>;
          };
          const prefixed: Record<string, string> = {};
          for (const [key, value] of Object.entries(data)) prefixed[getTranslation(key)] = value;
          // The announcement pages keep their strings in their own files (translations/announcements/).
          const own = await import(`./translations/announcements/${locale}.json`).catch(() => ({ default: {} }));
          for (const [key, value] of Object.entries(own.default as Record<string, string>)) prefixed[getTranslation(key)] = value;
          // The settings page's strings (translations/settings/).
          const settings = await import(`./translations/settings/${locale}.json`).catch(() => ({ default: {} }));
          for (const [key, value] of Object.entries(settings.default as Record<string, string>)) prefixed[getTranslation(key)] = value;
          // The Suspected fakes, Cases and Claims pages (translations/answers/).
          const answers = await import(`./translations/answers/${locale}.json`).catch(() => ({ default: {} }));
          for (const [key, value] of Object.entries(answers.default as Record<string, string>)) prefixed[getTranslation(key)] = value;
          return { data: prefixed, locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};

/** The Content Manager's side panel API (Strapi 5), checked before use since `apis` is untyped. */
const hasSidePanels = (apis: unknown): apis is { addEditViewSidePanel: (panels: PanelComponent[]) => void } =>
  typeof apis === 'object' && apis !== null && 'addEditViewSidePanel' in apis && typeof apis.addEditViewSidePanel === 'function';

export default plugin;
