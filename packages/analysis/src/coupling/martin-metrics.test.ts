import { describe, expect, it } from 'vitest';
import { martinMetrics } from './martin-metrics.js';

describe('martinMetrics', () => {
  it('computes I = Ce/(Ca+Ce), A = abstract/types and D = |A + I − 1|', () => {
    // I = 1/(3+1) = 0.25; A = 1/4 = 0.25; D = |0.25 + 0.25 − 1| = 0.5.
    expect(martinMetrics({ afferent: 3, efferent: 1, classes: 4, abstractTypes: 1 })).toEqual({
      afferent: 3,
      efferent: 1,
      instability: 0.25,
      abstractness: 0.25,
      distance: 0.5,
    });
  });

  it('puts a stable abstract unit on the main sequence', () => {
    // I = 0/5 = 0; A = 2/2 = 1; D = |1 + 0 − 1| = 0.
    expect(martinMetrics({ afferent: 5, efferent: 0, classes: 2, abstractTypes: 2 })).toMatchObject(
      { instability: 0, abstractness: 1, distance: 0 },
    );
  });

  it('flags the zone of uselessness: unstable and abstract', () => {
    // I = 2/2 = 1; A = 3/3 = 1; D = |1 + 1 − 1| = 1.
    expect(martinMetrics({ afferent: 0, efferent: 2, classes: 3, abstractTypes: 3 })).toMatchObject(
      { instability: 1, abstractness: 1, distance: 1 },
    );
  });

  it('defines the zero divisions as JDepend does: I = 0 when uncoupled, A = 0 without types', () => {
    // Uncoupled, no types: I = 0, A = 0, D = |0 + 0 − 1| = 1 (the zone of pain).
    expect(martinMetrics({ afferent: 0, efferent: 0, classes: 0, abstractTypes: 0 })).toEqual({
      afferent: 0,
      efferent: 0,
      instability: 0,
      abstractness: 0,
      distance: 1,
    });
    // Plain functions, coupled: I = 1/(1+1) = 0.5, A = 0, D = 0.5.
    expect(martinMetrics({ afferent: 1, efferent: 1, classes: 0, abstractTypes: 0 })).toMatchObject(
      { instability: 0.5, abstractness: 0, distance: 0.5 },
    );
  });
});
