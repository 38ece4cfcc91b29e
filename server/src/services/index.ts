import fingerprints from './fingerprints';
import guard from './guard';
import log from './log';
import moderation from './moderation';
import notifications from './notifications';
import rules from './rules';
import standings from './standings';

export default {
  fingerprints,
  guard,
  log,
  moderation,
  notifications,
  rules,
  standings,
};
