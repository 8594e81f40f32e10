import { CallGraphError } from '@drift/core';
import { describe, expect, it } from 'vitest';
import { rankHotspots, type HotspotCandidate } from './hotspots.js';

function candidate(
  path: string,
  afferent: number,
  efferent: number,
  cycleSize = 1,
): HotspotCandidate {
  return { path, afferent, efferent, cycleSize };
}

describe('rankHotspots', () => {
  const candidates = [
    candidate('leaf.ts', 30, 0),
    candidate('entry.ts', 0, 12),
    candidate('hub.ts', 6, 5),
    candidate('tangle.ts', 2, 3, 4),
    candidate('wide.ts', 10, 3),
    candidate('narrow.ts', 15, 2),
    candidate('a-tie.ts', 30, 1),
  ];

  it('ranks by Ca × Ce × cycle size and skips files that are no hub', () => {
    // hub 6×5 = 30; a-tie 30×1 = 30 (Ca + Ce 31 > 11); narrow 15×2 = 30 (17);
    // wide 10×3 = 30 (13); tangle 2×3×4 = 24; leaf and entry score 0.
    expect(rankHotspots(candidates, 10).map((h) => [h.path, h.score])).toEqual([
      ['a-tie.ts', 30],
      ['narrow.ts', 30],
      ['wide.ts', 30],
      ['hub.ts', 30],
      ['tangle.ts', 24],
    ]);
  });

  it('breaks equal scores and coupling by path', () => {
    expect(
      rankHotspots(
        [candidate('b.ts', 2, 2), candidate('a.ts', 1, 4), candidate('c.ts', 4, 1)],
        3,
      ).map((h) => h.path),
    ).toEqual(['a.ts', 'c.ts', 'b.ts']);
  });

  it('explains each factor of the score', () => {
    expect(rankHotspots([candidate('tangle.ts', 2, 3, 4)], 1)).toEqual([
      {
        path: 'tangle.ts',
        afferent: 2,
        efferent: 3,
        cycleSize: 4,
        score: 24,
        reasons: [
          'imported by 2 files (Ca = 2)',
          'imports 3 files (Ce = 3)',
          'in a dependency cycle of 4 files',
        ],
      },
    ]);
    expect(rankHotspots([candidate('one.ts', 1, 1)], 1)[0]?.reasons).toEqual([
      'imported by 1 file (Ca = 1)',
      'imports 1 file (Ce = 1)',
    ]);
  });

  it('copies only the candidate fields it reports', () => {
    const richer = { ...candidate('x.ts', 1, 1), instability: 0.5 };
    expect(Object.keys(rankHotspots([richer], 1)[0]!).sort()).toEqual([
      'afferent',
      'cycleSize',
      'efferent',
      'path',
      'reasons',
      'score',
    ]);
  });

  it('returns at most limit hotspots', () => {
    expect(rankHotspots(candidates, 2).map((h) => h.path)).toEqual(['a-tie.ts', 'narrow.ts']);
    expect(rankHotspots(candidates, 0)).toEqual([]);
  });

  it.each([-1, 1.5, Number.NaN])('rejects the limit %s', (limit) => {
    expect(() => rankHotspots(candidates, limit)).toThrow(CallGraphError);
  });
});
