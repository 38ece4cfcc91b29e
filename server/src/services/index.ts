import check from './check';
import explanations from './explanations';
import fingerprints from './fingerprints';
import guard from './guard';
import locks from './locks';
import log from './log';
import moderation from './moderation';
import notificationReads from './notification-reads';
import notifications from './notifications';
import review from './review';
import rules from './rules';
import setup from './setup';
import standings from './standings';
import stats from './stats';

export default {
  check,
  explanations,
  fingerprints,
  guard,
  locks,
  log,
  moderation,
  notificationReads,
  notifications,
  review,
  rules,
  setup,
  standings,
  stats,
};
