/**
 * One fresh playground, one browser, one login for the console's own pages, in this order: the
 * console opens; Test a comment stores and sends nothing; the setup checklist (which expects no
 * e-mail delivered yet); a re-scan (which reads every published comment, so before anything else
 * publishes one); the moderation settings; the reply composer.
 */
import { shareSite } from './helpers/shared';
import { check } from './specs/check';
import { consoleOpens } from './specs/console';
import { replies } from './specs/replies';
import { rescans } from './specs/rescans';
import { settings } from './specs/settings';
import { setup } from './specs/setup';

const shared = shareSite();

consoleOpens(shared);
check(shared);
setup(shared);
rescans(shared);
settings(shared);
replies(shared);
