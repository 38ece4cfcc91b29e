import announcementReads from './announcement-reads';
import announcements from './announcements';
import channels from './channels';
import answerTemplates from './answer-templates';
import authorNotices from './author-notices';
import cases from './cases';
import appeals from './appeals';
import check from './check';
import claims from './claims';
import commentRefs from './comment-refs';
import clock from './clock';
import deliveries from './deliveries';
import explanations from './explanations';
import fakes from './fakes';
import fingerprints from './fingerprints';
import guard from './guard';
import learning from './learning';
import locks from './locks';
import log from './log';
import moderation from './moderation';
import notificationReads from './notification-reads';
import notifications from './notifications';
import rateLimits from './rate-limits';
import reaction from './reaction';
import rescans from './rescans';
import review from './review';
import replyTemplates from './reply-templates';
import rules from './rules';
import scheduler from './scheduler';
import settings from './settings';
import setup from './setup';
import standings from './standings';
import stats from './stats';
import tokens from './tokens';
import verifier from './verifier';
import templates from './templates';

export default {
  announcementReads,
  announcements,
  channels,
  clock,
  deliveries,
  reaction,
  scheduler,
  templates,
  appeals,
  check,
  explanations,
  fingerprints,
  guard,
  learning,
  locks,
  log,
  moderation,
  notificationReads,
  notifications,
  rescans,
  review,
  rules,
  settings,
  setup,
  standings,
  stats,
  answerTemplates,
  authorNotices,
  cases,
  claims,
  commentRefs,
  fakes,
  rateLimits,
  tokens,
  verifier,
  replyTemplates,
};
