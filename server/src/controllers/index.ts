import announcements from './announcements';
import authors from './authors';
import check from './check';
import logs from './logs';
import notifications from './notifications';
import publicController from './public';
import review from './review';
import setup from './setup';
import stats from './stats';

export default {
  announcements,
  authors,
  check,
  logs,
  notifications,
  public: publicController,
  review,
  setup,
  stats,
};
