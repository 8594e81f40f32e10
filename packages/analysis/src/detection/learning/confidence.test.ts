import { describe, expect, it } from 'vitest';
import { patternConfidence, wilsonLowerBound } from './confidence.js';

describe('wilsonLowerBound', () => {
  it('matches the Wilson score interval at 95 %', () => {
    expect(wilsonLowerBound(3, 3)).toBeCloseTo(0.438, 3);
    expect(wilsonLowerBound(30, 30)).toBeCloseTo(0.886, 3);
    expect(wilsonLowerBound(95, 100)).toBeCloseTo(0.888, 3);
    expect(wilsonLowerBound(60, 100)).toBeCloseTo(0.502, 3);
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(0, 10)).toBe(0);
  });
});

describe('patternConfidence', () => {
  const base = { dominant: 212, total: 225, files: 40, scansSeen: 1 };

  it('stays below high on a first scan and gains with age up to five scans', () => {
    const first = patternConfidence(base);
    const fifth = patternConfidence({ ...base, scansSeen: 5 });
    expect(first).toBeGreaterThan(0.8);
    expect(first).toBeLessThan(0.85);
    expect(fifth).toBeGreaterThan(first);
    expect(patternConfidence({ ...base, scansSeen: 50 })).toBe(fifth);
  });

  it('rewards spread over files and larger samples', () => {
    expect(patternConfidence({ ...base, files: 1 })).toBeLessThan(patternConfidence(base));
    expect(patternConfidence({ dominant: 9, total: 10, files: 5, scansSeen: 1 })).toBeLessThan(
      patternConfidence({ dominant: 90, total: 100, files: 5, scansSeen: 1 }),
    );
  });

  it('keeps small samples below medium (0.65), where they report nothing', () => {
    expect(patternConfidence({ dominant: 10, total: 11, files: 5, scansSeen: 1 })).toBeLessThan(
      0.65,
    );
    expect(patternConfidence({ dominant: 20, total: 21, files: 10, scansSeen: 1 })).toBeGreaterThan(
      0.65,
    );
  });
});
