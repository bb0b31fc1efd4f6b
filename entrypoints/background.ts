import { defineBackground } from 'wxt/utils/define-background';
import { serve } from '../src/messaging/server';
import { packagedTalk } from '../src/storage/talk-catalog';

export default defineBackground(() => {
  serve({
    'talk.get': ({ videoId }) => packagedTalk(videoId),
  });
});
