import type { Core } from '@strapi/strapi';

import { getConfig } from './utils/plugin';
import type { TargetConfig } from './config';

/** Checks each configured target against the loaded schemas; a mistake stops boot with a clear message. */
export const checkTargets = (strapi: Core.Strapi, targets: TargetConfig[]) => {
  targets.forEach((target, i) => {
    const where = `[brand-community] Invalid plugin config: \`targets[${i}]\``;
    const contentType = strapi.contentTypes[target.uid as keyof typeof strapi.contentTypes] as
      | { attributes: Record<string, { type: string }> }
      | undefined;
    if (!contentType) {
      throw new Error(`${where}.uid "${target.uid}" is not a content type of this site.`);
    }
    const check = (key: keyof TargetConfig, allowed: string[]) => {
      const field = target[key];
      if (field === undefined) return;
      const attribute = contentType.attributes[field];
      if (!attribute) {
        throw new Error(`${where}.${key} "${field}" is not an attribute of ${target.uid}.`);
      }
      if (!allowed.includes(attribute.type)) {
        throw new Error(
          `${where}.${key} "${field}" of ${target.uid} has type ${attribute.type}; expected ${allowed.join(' or ')}.`
        );
      }
    };
    const text = ['string', 'text', 'richtext', 'email'];
    check('textField', ['string', 'text', 'richtext']);
    check('authorField', [...text, 'relation', 'uid', 'integer', 'biginteger']);
    check('authorNameField', text);
    check('threadField', [...text, 'relation', 'uid', 'integer', 'biginteger']);
    check('emailField', ['email', 'string']);
  });
};

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = getConfig(strapi);
  checkTargets(strapi, config.targets);
  strapi.plugin('brand-community').service('guard').register();
};

export default register;
