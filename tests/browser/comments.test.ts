/**
 * One playground, one browser, one login for what visitors' comments look like from the admin:
 * authors' standings and bans, the Content Manager panel and the home page widget, the console in
 * Russian and Chinese. Each spec posts its own comments (no two with the same author and text).
 */
import { shareSite } from './helpers/shared';
import { authors } from './specs/authors';
import { contentManager } from './specs/content-manager';
import { locales } from './specs/locales';

const shared = shareSite();

authors(shared);
contentManager(shared);
locales(shared);
