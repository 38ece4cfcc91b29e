'use strict';

const path = require('path');

module.exports = ({ env }) => {
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
      connection: { filename: path.resolve(__dirname, '..', filename) },
      useNullAsDefault: true,
    },
  };
};
