import { describe, expect, it } from 'vitest';
import { drugById } from './catalogue.js';
import { halfLifeClass } from './half-life-class.js';

const classOf = (id: string) => halfLifeClass(drugById(id).pharmacokinetics.halfLife);

describe('halfLifeClass', () => {
  it('classifies by the stored half-lives', () => {
    expect(classOf('clonazepam')).toBe('long'); // 30–40 h
    expect(classOf('diazepam')).toBe('long');
    expect(classOf('chlordiazepoxide')).toBe('long'); // by its active metabolite
    expect(classOf('lorazepam')).toBe('intermediate'); // 10–20 h
    expect(classOf('alprazolam')).toBe('short'); // 6–12 h
    expect(classOf('triazolam')).toBe('short');
  });

  it('uses the class boundaries', () => {
    expect(halfLifeClass({ typicalH: { low: 11, high: 11 }, source: 'joint-cpg-2025' })).toBe('short');
    expect(halfLifeClass({ typicalH: { low: 12, high: 12 }, source: 'joint-cpg-2025' })).toBe('intermediate');
    expect(halfLifeClass({ typicalH: { low: 25, high: 25 }, source: 'joint-cpg-2025' })).toBe('long');
  });
});
