import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundProtocol, Service, TabProtocol } from './protocol';

/** Messages to the background; the background registers their handlers in `lib/background/handlers.ts`. */
export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>();

/** Messages from the background to one tab's content script. */
export const tabMessenger = defineExtensionMessaging<TabProtocol>();

/** The background, reached over extension messaging: what the sidebar, the popup and the options page call. */
export const service: Service = {
  call: (type, ...input) => backgroundMessenger.sendMessage(type, input[0] as never) as never,
};
