import { describe, expect, it } from 'vitest';
import { missingKeys } from './dom';

describe('interface languages', () => {
  it('has every string of the interface in both French and English', () => {
    expect(missingKeys()).toEqual([]);
  });
});
