import { PLUGIN_ID } from '../../pluginId';

/** The review queue, filtered to what nobody has looked at yet (the widget's target). */
export const QUEUE_LINK = `/plugins/${PLUGIN_ID}/deletions?action=queue&reviewed=false`;
