export const PLUGIN_ID = 'brand-community';
