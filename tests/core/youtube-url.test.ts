import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asVideoId } from '../../src/core/ids';
import { parseStart, videoLocation, watchUrl } from '../../src/core/youtube-url';

describe('videoLocation', () => {
  it.each([
    ['https://www.youtube.com/watch?v=Y4wMksHyMFg', 'Y4wMksHyMFg', null, 'watch'],
    ['https://www.youtube.com/watch?feature=share&v=sljBU_HFnFs&t=754s', 'sljBU_HFnFs', 754, 'watch'],
    ['https://m.youtube.com/watch?v=zFeAtV7AN0A&t=1h2m3s', 'zFeAtV7AN0A', 3723, 'watch'],
    ['https://music.youtube.com/watch?v=zFeAtV7AN0A', 'zFeAtV7AN0A', null, 'watch'],
    ['https://www.youtube.com/embed/Vz5n5SamDAc?start=90', 'Vz5n5SamDAc', 90, 'embed'],
    ['https://www.youtube-nocookie.com/embed/Vz5n5SamDAc', 'Vz5n5SamDAc', null, 'embed'],
    ['https://www.youtube.com/live/Vz5n5SamDAc?si=x', 'Vz5n5SamDAc', null, 'live'],
    ['https://www.youtube.com/shorts/Vz5n5SamDAc', 'Vz5n5SamDAc', null, 'shorts'],
  ])('%s', (href, videoId, start, kind) => {
    expect(videoLocation(href)).toEqual({ videoId, start, kind });
  });

  it.each([
    'https://www.youtube.com/',
    'https://www.youtube.com/@causalpython',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=Y4wMksHyMFg1',
    'https://evil.example/watch?v=Y4wMksHyMFg',
    'https://www.youtube.com.evil.example/watch?v=Y4wMksHyMFg',
    'not a url',
  ])('no video in %s', (href) => {
    expect(videoLocation(href)).toBeNull();
  });

  it('finds any valid id in a watch URL on any YouTube host', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{11}$/);
    const host = fc.constantFrom('www.youtube.com', 'm.youtube.com', 'music.youtube.com');
    fc.assert(
      fc.property(id, host, (videoId, h) => {
        expect(videoLocation(`https://${h}/watch?v=${videoId}`)?.videoId).toBe(videoId);
      }),
    );
  });
});

describe('times in links', () => {
  it('reads t= in every form YouTube writes', () => {
    expect([parseStart('754'), parseStart('754s'), parseStart('12m34s'), parseStart('1h'), parseStart('x'), parseStart('')]).toEqual([754, 754, 754, 3600, null, null]);
  });

  it('writes whole seconds', () => {
    expect(watchUrl(asVideoId('Y4wMksHyMFg'), 754.9)).toBe('https://www.youtube.com/watch?v=Y4wMksHyMFg&t=754s');
    expect(watchUrl(asVideoId('Y4wMksHyMFg'))).toBe('https://www.youtube.com/watch?v=Y4wMksHyMFg');
  });
});
