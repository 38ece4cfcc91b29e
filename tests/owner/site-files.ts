/**
 * What a site owner adds to a new Strapi site by hand before the plugin has anything to
 * moderate: an article type and a comment type under it (the README's example target).
 */
const router = (name: string) => `import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::${name}.${name}');
`;
const controller = (name: string) => `import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::${name}.${name}');
`;
const service = (name: string) => `import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::${name}.${name}');
`;

const schema = (name: string, plural: string, attributes: Record<string, unknown>) =>
  JSON.stringify(
    {
      kind: 'collectionType',
      collectionName: plural,
      info: { singularName: name, pluralName: plural, displayName: name[0].toUpperCase() + name.slice(1) },
      options: { draftAndPublish: false },
      attributes,
    },
    null,
    2
  );

const api = (name: string, plural: string, attributes: Record<string, unknown>): Record<string, string> => ({
  [`src/api/${name}/content-types/${name}/schema.json`]: schema(name, plural, attributes),
  [`src/api/${name}/routes/${name}.ts`]: router(name),
  [`src/api/${name}/controllers/${name}.ts`]: controller(name),
  [`src/api/${name}/services/${name}.ts`]: service(name),
});

export const SITE_FILES: Record<string, string> = {
  ...api('article', 'articles', {
    title: { type: 'string', required: true },
    comments: { type: 'relation', relation: 'oneToMany', target: 'api::comment.comment', mappedBy: 'article' },
  }),
  ...api('comment', 'comments', {
    content: { type: 'text', required: true },
    authorName: { type: 'string' },
    authorEmail: { type: 'email' },
    article: { type: 'relation', relation: 'manyToOne', target: 'api::article.article', inversedBy: 'comments' },
  }),
};

/** The `config/plugins.ts` the README shows for a TypeScript site, taken from the README itself. */
export const readmePluginsConfig = (readme: string) => {
  const at = readme.indexOf('`config/plugins.ts`');
  if (at < 0) throw new Error('README: no `config/plugins.ts` example');
  const start = readme.indexOf('```ts\n', at);
  const end = readme.indexOf('\n```', start + 6);
  if (start < 0 || end < 0) throw new Error('README: the `config/plugins.ts` example is not a ```ts block');
  return readme.slice(start + 6, end + 1);
};
