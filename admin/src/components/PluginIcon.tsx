import { Discuss } from '@strapi/icons';

const PluginIcon = () => <Discuss />;

export { PluginIcon };
