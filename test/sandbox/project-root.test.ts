import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/util/project-root.js';

describe('findProjectRoot', () => {
  it('finds the nearest folder with a package.json, also from a compiled dist/ file', () => {
    const root = mkdtempSync(join(tmpdir(), 'root-'));
    writeFileSync(join(root, 'package.json'), '{}');
    const deep = join(root, 'dist', 'src', 'sandbox');
    mkdirSync(deep, { recursive: true });
    expect(findProjectRoot(pathToFileURL(join(deep, 'page.js')).href)).toBe(root);
  });

  it('finds this repository from its own source', () => {
    expect(findProjectRoot(import.meta.url)).toBe(join(import.meta.dirname, '..', '..'));
  });

  it('says so when there is no package.json above', () => {
    expect(() => findProjectRoot('file:///no-such-dir/x.js')).toThrow(/No package\.json above/);
  });
});
