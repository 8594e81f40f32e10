import { describe, expect, it } from 'vitest';
import { ENTRY_POINT_PRIORITY, higherPriority } from './entry-point-priority.js';

describe('higherPriority', () => {
  it('orders the kinds test, route, main, cli, lifecycle, event, exported', () => {
    expect(ENTRY_POINT_PRIORITY).toEqual([
      'test',
      'route',
      'main',
      'cli',
      'lifecycle',
      'event',
      'exported',
    ]);
    expect(higherPriority('exported', 'test')).toBe('test');
    expect(higherPriority('route', 'event')).toBe('route');
    expect(higherPriority('cli', 'cli')).toBe('cli');
  });

  it('keeps the kind that is there when the other is null', () => {
    expect(higherPriority(null, 'event')).toBe('event');
    expect(higherPriority('main', null)).toBe('main');
    expect(higherPriority(null, null)).toBeNull();
  });
});
