import announcement from './announcement';
import announcementDelivery from './announcement-delivery';
import announcementEntry from './announcement-entry';
import announcementTemplate from './announcement-template';
import authorStanding from './author-standing';
import commentFingerprint from './comment-fingerprint';
import communityRule from './community-rule';
import emailTest from './email-test';
import learnedException from './learned-exception';
import explanationTexts from './explanation-texts';
import moderationLog from './moderation-log';
import notification from './notification';
import review from './review';
import replyTemplate from './reply-template';

export default {
  'community-rule': communityRule,
  announcement,
  'announcement-entry': announcementEntry,
  'announcement-delivery': announcementDelivery,
  'announcement-template': announcementTemplate,
  'moderation-log': moderationLog,
  'author-standing': authorStanding,
  notification,
  'comment-fingerprint': commentFingerprint,
  review,
  'email-test': emailTest,
  'reply-template': replyTemplate,
  'learned-exception': learnedException,
  'explanation-texts': explanationTexts,
};
