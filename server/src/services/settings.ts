import type { Core } from '@strapi/strapi';

import {
  SETTINGS_KEYS,
  type GetSettings,
  type Settings,
  type SettingsKey,
  type SettingsMeta,
  type UpdateSettings,
} from '../../../shared/contracts';
import type { PluginConfig } from '../config';
import { check, isPlainObject, type Problem } from '../config/schema';
import { SETTING_SPECS, SETTINGS_SPEC } from '../config/spec';
import { targetsProblem } from '../config/targets';
import { badInput, CODES, ConflictError } from '../utils/errors';
import { tooDeep } from '../utils/input';
import { getConfig, PLUGIN_ID } from '../utils/plugin';

/** Strapi's plugin store row (`strapi.store({ type: 'plugin', name }).get({ key: 'settings' })` reads it too). */
const STORE = 'strapi::core-store';
const KEY = `plugin_${PLUGIN_ID}_settings`;
const WHERE = { key: KEY, environment: null, tag: null };

interface Stored {
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
  values: Partial<Settings>;
}

const EMPTY: Stored = { version: 0, updatedAt: null, updatedBy: null, values: {} };
/** Objects a partial save merges into (lists and scalars are replaced). */
const MERGED: SettingsKey[] = ['actions', 'explain'];

const pick = (config: PluginConfig): Settings =>
  Object.fromEntries(SETTINGS_KEYS.map((k) => [k, config[k]])) as unknown as Settings;

const bad = (problem: Problem) => badInput(CODES.badRequest, problem.message, { field: problem.field });

/**
 * Moderation settings saved in the database (Strapi's plugin store) over the file config: the
 * file gives the defaults, a saved setting wins. Every node keeps the effective config in memory
 * and compares the stored row with its copy at most every `refreshMs`, so a save on one node
 * applies on every node within that time (at once on the node that saved it).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cache: { raw: string | null; stored: Stored; config: PluginConfig } | null = null;
  let checkedAt = 0;
  let loading: Promise<PluginConfig> | null = null;

  // The query engine joins a surrounding transaction (a raw connection would wait on SQLite's one connection).
  const store = () => strapi.db.query(STORE);
  const readRow = async () =>
    (await store().findOne({ where: WHERE, orderBy: { id: 'asc' } })) as { id: number; value: string | null } | null;

  /** Saved values that no longer pass (a field removed from a content type…) are skipped, loudly. */
  const parse = (raw: string | null): Stored => {
    if (!raw) return EMPTY;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      strapi.log.error('[brand-community] saved settings are not JSON; using the file config.');
      return EMPTY;
    }
    if (!isPlainObject(value) || !isPlainObject(value.values)) return EMPTY;
    const values: Record<string, unknown> = {};
    const file = getConfig(strapi);
    for (const [key, v] of Object.entries(value.values)) {
      const spec = SETTING_SPECS[key as SettingsKey];
      const merged = MERGED.includes(key as SettingsKey) && isPlainObject(v) ? { ...file[key as 'actions'], ...v } : v;
      const problem = spec
        ? check(spec, merged, key, { defaultPhoneRegion: file.defaultPhoneRegion })
        : { message: `\`${key}\` is unknown.` };
      if (problem) strapi.log.warn(`[brand-community] ignoring a saved setting: ${problem.message}`);
      else values[key] = v;
    }
    return {
      version: typeof value.version === 'number' ? value.version : 0,
      updatedAt: typeof value.updatedAt === 'string' ? value.updatedAt : null,
      updatedBy: typeof value.updatedBy === 'string' ? value.updatedBy : null,
      values: values as Partial<Settings>,
    };
  };

  /** The file config with the saved values over it (`actions` and `explain` merged key by key). */
  const effective = (stored: Stored): PluginConfig => {
    const file = getConfig(strapi);
    const config = { ...file, ...stored.values } as PluginConfig;
    for (const key of MERGED) {
      const saved = stored.values[key] as object | undefined;
      if (saved) (config as unknown as Record<string, object>)[key] = { ...(file[key] as object), ...saved };
    }
    return config;
  };

  /** Counts this node's saves: a read that started before one may predate it and must not replace its copy. */
  let saves = 0;

  const load = async (): Promise<PluginConfig> => {
    const started = saves;
    const row = await readRow();
    const raw = row?.value ?? null;
    // a save on this node landed while the row was read: its copy is at least as new as this read
    if (started !== saves && cache) return cache.config;
    if (!cache || cache.raw !== raw) {
      const stored = parse(raw);
      cache = { raw, stored, config: effective(stored) };
    }
    checkedAt = Date.now();
    return cache.config;
  };

  const self = {
    /** The file config with the saved settings applied; cheap (read from the database at most every `refreshMs`). */
    async config(): Promise<PluginConfig> {
      if (cache && Date.now() - checkedAt < getConfig(strapi).refreshMs) return cache.config;
      if (!loading) loading = load().finally(() => (loading = null));
      return loading;
    },

    /** Changes whenever the effective settings do (for caches built from them). */
    version(): string | null {
      return cache?.raw ?? null;
    },

    invalidate() {
      cache = null;
    },

    async get(): Promise<GetSettings.Response> {
      await self.config();
      const { stored, config } = cache!;
      const meta: SettingsMeta = {
        stored: SETTINGS_KEYS.filter((k) => stored.values[k] !== undefined),
        version: stored.version || null,
        updatedAt: stored.updatedAt,
        updatedBy: stored.updatedBy,
      };
      return { data: pick(config), meta };
    },

    /** Applies a partial change; validated whole against the file config's schema. */
    async update(body: unknown, actorName: string | null): Promise<GetSettings.Response> {
      const partial = self.validatePartial(body);
      for (let attempt = 0; attempt < 10; attempt++) {
        let row = await readRow();
        if (!row) {
          // An empty row first; every save then compares-and-swaps the lowest one, even if two nodes created one.
          await store().create({ data: { ...WHERE, type: 'object', value: JSON.stringify(EMPTY) } });
          row = await readRow();
        }
        const before = parse(row!.value);
        const values: Record<string, unknown> = { ...before.values };
        for (const [key, value] of Object.entries(partial)) {
          if (value === null) delete values[key];
          else if (MERGED.includes(key as SettingsKey)) values[key] = { ...(values[key] as object), ...(value as object) };
          else values[key] = value;
        }
        const next: Stored = {
          version: before.version + 1,
          updatedAt: new Date().toISOString(),
          updatedBy: actorName,
          values: values as Partial<Settings>,
        };
        const config = effective(next);
        const problem =
          check(SETTINGS_SPEC, pick(config), '', { defaultPhoneRegion: config.defaultPhoneRegion }) ??
          targetsProblem(strapi, config.targets);
        if (problem) throw bad(problem);
        const raw = JSON.stringify(next);
        const { count } = await store().updateMany({
          where: { id: row!.id, value: row!.value },
          data: { value: raw, type: 'object' },
        });
        if (count === 1) {
          // This node serves its own save at once. (Reloading here could be answered by a read
          // another request had started before the save, and keep the older row for refreshMs.)
          saves++;
          const stored = parse(raw);
          cache = { raw, stored, config: effective(stored) };
          checkedAt = Date.now();
          return self.get();
        }
      }
      throw new ConflictError('The settings were being changed by someone else; reload them and save again.', {
        code: CODES.settingsConflict,
      });
    },

    /** The request's shape: an object of known keys, shallow enough; values are checked after merging. */
    validatePartial(body: unknown): UpdateSettings.Request {
      if (!isPlainObject(body)) throw bad({ field: 'body', message: 'The request body must be a JSON object of settings.' });
      if (tooDeep(body, 6)) throw bad({ field: 'body', message: 'The settings nest deeper than 6 levels.' });
      for (const [key, value] of Object.entries(body)) {
        if (!(SETTINGS_KEYS as readonly string[]).includes(key)) {
          const where = Object.prototype.hasOwnProperty.call(getConfig(strapi), key) ? ' here; it is set in the file config' : '';
          const message = `\`${key.slice(0, 60)}\` is not a setting${where}. Settings: ${SETTINGS_KEYS.join(', ')}.`;
          throw bad({ field: key.slice(0, 60), message });
        }
        if (MERGED.includes(key as SettingsKey) && value !== null) {
          const problem = isPlainObject(value) ? null : check(SETTING_SPECS[key as SettingsKey], value, key);
          if (problem) throw bad(problem);
        }
      }
      return body as UpdateSettings.Request;
    },
  };
  return self;
};
