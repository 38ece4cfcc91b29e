import type { Core } from '@strapi/strapi';

import { seed } from './seed';
import { verifyOrder, type VerifyInput } from './verifier';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Suspected fakes are checked against the playground's own orders.
    strapi.plugin('brand-community').service('verifier').verify = (input: VerifyInput) => verifyOrder(strapi, input);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureAdmin(strapi);
    await grantPublic(strapi);
    if (process.env.PLAYGROUND_SEED !== 'false') await seed(strapi);
  },
};

/**
 * The first admin, from BRAND_COMMUNITY_ADMIN_EMAIL / BRAND_COMMUNITY_ADMIN_PASSWORD.
 * The defaults are for a local playground only.
 */
async function ensureAdmin(strapi: Core.Strapi) {
  const email = process.env.BRAND_COMMUNITY_ADMIN_EMAIL || 'admin@example-shop.com';
  const password = process.env.BRAND_COMMUNITY_ADMIN_PASSWORD || 'Playground-Admin-1';
  if ((await strapi.db.query('admin::user').count()) > 0) return;
  const superAdminRole = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdminRole) return;
  await strapi.service('admin::user').create({
    email,
    firstname: 'Playground',
    lastname: 'Admin',
    password,
    registrationToken: null,
    isActive: true,
    roles: [superAdminRole.id],
  });
  strapi.log.info(`[playground] admin user created: ${email}`);
}

/** Visitors may read articles and comments and post comments (published rules and announcements are public by the plugin's default). */
async function grantPublic(strapi: Core.Strapi) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) return;
  const actions = [
    'api::article.article.find',
    'api::article.article.findOne',
    'api::comment.comment.find',
    'api::comment.comment.findOne',
    'api::comment.comment.create',
    // Comments may relate to an announcement: Strapi accepts the relation only from a role that may
    // find announcements (granted while announcements are public, the plugin's default).
    ...(strapi.config.get<{ publicContent?: boolean }>('plugin::brand-community').publicContent ? ['plugin::brand-community.announcement.find'] : []),
  ];
  for (const action of actions) {
    const exists = await strapi.db
      .query('plugin::users-permissions.permission')
      .findOne({ where: { action, role: role.id } });
    if (!exists) {
      await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
    }
  }
}
