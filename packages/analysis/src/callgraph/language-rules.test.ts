import { describe, expect, it } from 'vitest';
import {
  bareCallsMayUseUniqueName,
  familyOf,
  hasImplicitThis,
  isSelfReceiver,
  isSuperReceiver,
  usesNamespacedClasses,
} from './language-rules.js';

describe('language rules', () => {
  it('groups languages that call each other', () => {
    expect(familyOf('typescript')).toBe(familyOf('javascript'));
    expect(familyOf('java')).toBe(familyOf('kotlin'));
    expect(familyOf('c')).toBe(familyOf('cpp'));
    expect(familyOf('python')).not.toBe(familyOf('ruby'));
  });

  it('knows each language spelling of this and super', () => {
    expect(isSelfReceiver('python', 'self')).toBe(true);
    expect(isSelfReceiver('php', '$this')).toBe(true);
    expect(isSelfReceiver('js', 'self')).toBe(false);
    expect(isSuperReceiver('csharp', 'base')).toBe(true);
    expect(isSuperReceiver('python', 'super()')).toBe(true);
    expect(isSuperReceiver('go', 'super')).toBe(false);
  });

  it('says where bare calls reach methods, unique names, and namespaced classes', () => {
    expect(hasImplicitThis('java')).toBe(true);
    expect(hasImplicitThis('typescript')).toBe(false);
    expect(bareCallsMayUseUniqueName('cpp')).toBe(true);
    expect(bareCallsMayUseUniqueName('python')).toBe(false);
    expect(usesNamespacedClasses('jvm')).toBe(true);
    expect(usesNamespacedClasses('go')).toBe(false);
  });
});
