import type { Core } from '@strapi/strapi';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.plugin('brand-community').service('notifications').stopWorker();
  await strapi.plugin('brand-community').service('rescans').stopWorker();
  await strapi.plugin('brand-community').service('fakes').stopSweeper();
  await strapi.plugin('brand-community').service('deliveries').stopWorker();
};

export default destroy;
