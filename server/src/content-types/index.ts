import accessToken from './access-token';
import announcement from './announcement';
import appeal from './appeal';
import announcementDelivery from './announcement-delivery';
import announcementEntry from './announcement-entry';
import announcementTemplate from './announcement-template';
import authorStanding from './author-standing';
import claim from './claim';
import claimLink from './claim-link';
import claimPlace from './claim-place';
import commentFingerprint from './comment-fingerprint';
import communityRule from './community-rule';
import complaintCase from './complaint-case';
import emailTest from './email-test';
import fakeRequest from './fake-request';
import learnedException from './learned-exception';
import explanationTexts from './explanation-texts';
import moderationLog from './moderation-log';
import notification from './notification';
import rescan from './rescan';
import rescanItem from './rescan-item';
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
  rescan,
  'rescan-item': rescanItem,
  appeal,
  'access-token': accessToken,
  'fake-request': fakeRequest,
  'complaint-case': complaintCase,
  claim,
  'claim-place': claimPlace,
  'claim-link': claimLink,
  'reply-template': replyTemplate,
  'learned-exception': learnedException,
  'explanation-texts': explanationTexts,
};
