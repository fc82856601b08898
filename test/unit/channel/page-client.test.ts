import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineExtensionMessaging } from '@webext-core/messaging';
import { answerError, onTabMessage, pageService, readAnswer } from '../../../lib/channel/page-client';
import type { BackgroundProtocol } from '../../../lib/channel/protocol';
import { tabMessenger } from '../../../lib/channel/client';

/**
 * The content script's end of the channel speaks @webext-core/messaging's wire format without the library:
 * each side is checked here against the library itself, as the background runs it.
 */
describe('the page end of the channel', () => {
  it('sends in the format the background listens for, and reads its answer', async () => {
    const background = defineExtensionMessaging<BackgroundProtocol>();
    const stop = background.onMessage('knownTags', () => ['refund', 'domains-ssl']);
    try {
      expect(await pageService.call('knownTags')).toEqual(['refund', 'domains-ssl']);
    } finally {
      stop();
    }
  });

  it("turns the background's failure into an error with its message", async () => {
    const background = defineExtensionMessaging<BackgroundProtocol>();
    const stop = background.onMessage('rateComplexity', () => {
      throw new Error('rateComplexity: invalid input at messages');
    });
    try {
      await expect(pageService.call('rateComplexity', { messages: [] })).rejects.toThrow('rateComplexity: invalid input at messages');
    } finally {
      stop();
    }
  });

  it('reads answers as the library does: a value, an error, or none at all', () => {
    expect(readAnswer({ res: 3 })).toBe(3);
    expect(readAnswer({ res: undefined })).toBeUndefined();
    expect(() => readAnswer(undefined)).toThrow('No response');
    expect(() => readAnswer({ err: { message: 'refused', name: 'Refused' } })).toThrow('refused');
    expect(answerError({ message: 'refused', name: 'Refused' }).name).toBe('Refused');
    expect(answerError({ message: 42 }).message).toBe('The background failed');
  });

  it("answers the background's tab messages, its value or its failure, and stops when asked", async () => {
    let asked: unknown[] = [];
    const stopTeach = onTabMessage('teachPart', (key) => {
      asked.push(key);
    });
    const stopCapture = onTabMessage('capturePage', () => Promise.reject(new Error('no page tools')));
    // The background's side, as lib/background/page-teaching.ts sends it; the fake browser has no tabs, so
    // a tab message reaches this context's runtime listeners as it would reach the tab's.
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(
      ((_tab: number, message: unknown, _o: unknown, reply: (a: unknown) => void) =>
        void fakeBrowser.runtime.sendMessage(message).then(reply, () => reply(undefined))) as never,
    );
    expect(await tabMessenger.sendMessage('teachPart', 'composer', 1)).toBeUndefined();
    expect(asked).toEqual(['composer']);
    await expect(tabMessenger.sendMessage('capturePage', undefined, 1)).rejects.toThrow('no page tools');
    asked = [];
    stopTeach();
    stopCapture();
    await tabMessenger.sendMessage('teachPart', 'root', 1).catch(() => undefined);
    expect(asked).toEqual([]);
  });
});
