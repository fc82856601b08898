/** The playbook's and the call for hands' defaults, apart from the schema so the content script reads them without the validator. */

/** Saturday, the team's duty shift. */
export const DEFAULT_DUTY_DAYS: readonly number[] = [6];

/** The team's own words for the call in #workspace. */
export const QUEUE_MESSAGE = '@here нужна помощь на карроте';

export interface QueueAlertShape {
  threshold: number;
  minutes: number;
  message: string;
  channelId: string;
}

export const defaultQueueAlert = (): QueueAlertShape => ({ threshold: 10, minutes: 5, message: QUEUE_MESSAGE, channelId: '' });
