#!/usr/bin/env node
'use strict';
/**
 * The playground is a TypeScript Strapi site: Strapi runs it compiled, from playground/dist
 * (`strapi develop` and `strapi build` compile it themselves; `strapi start` and the in-process
 * test boots do not). `staleFiles()` lists the sources whose compiled file is missing or older;
 * `node scripts/playground.js` compiles the site (Strapi's own compile, type errors fail) when any is.
 */
const fs = require('node:fs');
const path = require('node:path');

const PLAYGROUND = path.resolve(__dirname, '..', 'playground');
const DIST = path.join(PLAYGROUND, 'dist');

/** Sources the server runs (config/, src/ but the admin's src/admin/) and their compiled files. */
const sources = () => {
  const out = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (p !== path.join(PLAYGROUND, 'src', 'admin')) walk(p);
      } else if (/\.(ts|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        const rel = path.relative(PLAYGROUND, p);
        out.push({ source: p, compiled: path.join(DIST, rel.replace(/\.ts$/, '.js')) });
      }
    }
  };
  walk(path.join(PLAYGROUND, 'config'));
  walk(path.join(PLAYGROUND, 'src'));
  return out;
};

/** Sources (relative to playground/) not compiled yet, or changed since they were. */
const staleFiles = () =>
  sources()
    .filter(({ source, compiled }) => !fs.existsSync(compiled) || fs.statSync(compiled).mtimeMs < fs.statSync(source).mtimeMs)
    .map(({ source }) => path.relative(PLAYGROUND, source));

/** Throws when the compiled playground is missing or older than its sources (never boots a stale one). */
const assertCompiled = () => {
  const stale = staleFiles();
  if (stale.length > 0) {
    throw new Error(
      `The playground is not compiled, or its sources changed since (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', …' : ''}): ` +
        'run `node scripts/playground.js` (npm test and npm run develop compile it).'
    );
  }
};

/** Compiles playground/ into playground/dist as `strapi build` does (every file emitted, type errors fail). */
const compile = async () => {
  const { compile: compileTs } = require('@strapi/typescript-utils');
  await compileTs(PLAYGROUND, { configOptions: { ignoreDiagnostics: false } });
};

module.exports = { PLAYGROUND, DIST, staleFiles, assertCompiled, compile };

if (require.main === module) {
  const stale = staleFiles();
  if (stale.length === 0) {
    console.log('playground: compiled and up to date');
  } else {
    console.log(`playground: compiling (${stale.length} file(s) new or changed)`);
    compile().catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
  }
}
