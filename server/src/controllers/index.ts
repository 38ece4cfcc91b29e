import announcement from './announcement';
import announcements from './announcements';
import appeals from './appeals';
import authors from './authors';
import cases from './cases';
import check from './check';
import claims from './claims';
import fakeAnswers from './fake-answers';
import fakes from './fakes';
import learning from './learning';
import logs from './logs';
import notifications from './notifications';
import publicController from './public';
import replies from './replies';
import rescans from './rescans';
import review from './review';
import settings from './settings';
import setup from './setup';
import stats from './stats';

export default {
  announcement,
  announcements,
  appeals,
  authors,
  check,
  learning,
  logs,
  notifications,
  public: publicController,
  replies,
  rescans,
  review,
  settings,
  setup,
  stats,
  cases,
  claims,
  fakeAnswers,
  fakes,
};
