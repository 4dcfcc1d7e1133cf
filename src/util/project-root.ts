// The project root is the nearest folder above a module that holds package.json. Code runs both from src/ (tsx,
// vitest) and compiled from dist/src/, so paths to non-code files (public/, node_modules/) are resolved from here.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Walks up from `fromUrl` to the first folder with a package.json. Callers pass their own `import.meta.url`; without
 * it the walk starts at this module, which lies in the same project.
 */
export function findProjectRoot(fromUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(fromUrl));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${fileURLToPath(fromUrl)}`);
    dir = parent;
  }
}
