import path from 'path';
import type { Core } from '@strapi/strapi';

/** playground/: Strapi runs this file compiled (dist/config), so relative paths start from there. */
const siteDir = path.resolve(__dirname, path.basename(path.dirname(__dirname)) === 'dist' ? '../..' : '..');

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'brand_community'),
          user: env('DATABASE_USERNAME', 'postgres'),
          password: env('DATABASE_PASSWORD', ''),
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
      },
    };
  }

  // SQLite: DATABASE_FILENAME may be absolute or relative to playground/.
  const filename = env('DATABASE_FILENAME', path.join('.tmp', 'data.db'));
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(siteDir, filename) },
      useNullAsDefault: true,
    },
  };
};

export default config;
