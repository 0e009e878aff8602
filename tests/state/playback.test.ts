import { describe, expect, it } from 'vitest';
import { playbackStart, playbackWindow } from '../../src/state/playback.ts';

const span = { start: 100, end: 1000 };

describe('playback', () => {
  it('starts from a 30-day window at the span start when the whole span is shown', () => {
    expect(playbackStart(span, span)).toEqual({ start: 100, end: 129 });
  });
  it('starts from the current window when it has room to move', () => {
    expect(playbackStart({ start: 300, end: 400 }, span)).toEqual({ start: 300, end: 400 });
  });
  it('restarts at the span start, same length, when the window is at the end', () => {
    expect(playbackStart({ start: 900, end: 1000 }, span)).toEqual({ start: 100, end: 200 });
  });
  it('moves by whole days from the run start, so slow speeds never stall', () => {
    expect(playbackWindow({ start: 100, end: 129 }, span, 7, 150)).toEqual({ window: { start: 101, end: 130 }, ended: false });
    expect(playbackWindow({ start: 100, end: 129 }, span, 30, 2000)).toEqual({ window: { start: 160, end: 189 }, ended: false });
  });
  it('stops at the end of the span and reports it ended', () => {
    expect(playbackWindow({ start: 900, end: 990 }, span, 90, 1000)).toEqual({ window: { start: 910, end: 1000 }, ended: true });
  });
});
