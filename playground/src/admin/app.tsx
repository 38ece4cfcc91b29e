import type { StrapiApp } from '@strapi/strapi/admin';

// The admin panel's own languages (English is always there): moderators can pick Russian or
// Simplified Chinese in their profile, and the plugin's console follows.
// https://docs.strapi.io/cms/admin-panel-customization/locales-translations
export default {
  config: {
    locales: ['ru', 'zh-Hans'],
  },
  bootstrap(_app: StrapiApp) {},
};
