import { jsonNestsDeeperThan } from './json-depth';

const deeper = (text: string, max = 3): boolean => jsonNestsDeeperThan(Buffer.from(text, 'utf8'), max);

describe('jsonNestsDeeperThan', () => {
  it('counts arrays and objects together', () => {
    expect(deeper('{"a":[{"b":1}]}')).toBe(false);
    expect(deeper('{"a":[{"b":[1]}]}')).toBe(true);
    expect(deeper('[[[]],[[]]]')).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(deeper('{"a":"[[[[{{{{"}')).toBe(false);
    expect(deeper('{"a":"\\"[[[[[","b":"\\\\"}')).toBe(false);
    expect(deeper('{"a":"\\\\","b":[[[1]]]}')).toBe(true);
  });

  it('is not fooled by multi-byte characters', () => {
    expect(deeper('{"é[":"日本[[[[","b":["ü"]}')).toBe(false);
  });

  it('scans half a million brackets without recursion', () => {
    expect(jsonNestsDeeperThan(Buffer.from(`${'['.repeat(500_000)}${']'.repeat(500_000)}`), 32)).toBe(true);
  });
});
