/**
 * WXT's content-script context announces each start twice: a DOM event on
 * `document`, which a newer copy of the script uses to make an older one
 * step aside after an update, and a `window.postMessage` that every script
 * of the page receives, the extension's id included. YouTube has no business
 * knowing Claimline is there, and the message also costs the page about
 * 0.7 ms of script on every load. Only the DOM event is kept (WXT 0.21's
 * contexts listen for nothing else). Imported first by the content script.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

interface ContextInternals {
  contentScriptName: string;
  id: string;
}

const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

ContentScriptContext.prototype.stopOldScripts = function stopOldScripts(this: ContentScriptContext) {
  const { contentScriptName, id } = this as unknown as ContextInternals;
  document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName, messageId: id } }));
};
