import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * `npm ci` checks every package it installs against the Node.js that runs npm, and warns EBADENGINE for
 * each one whose `engines.node` that Node does not satisfy (issue 18: about ninety lines on Node 20).
 * npm runs on whatever Node the machine has; the scripts then run on the project's own Node 22 (the
 * `node` devDependency). So the project's `engines.node` is the range npm may run on, and every package
 * the lockfile installs must accept all of it — the check npm makes, done here for every version in
 * the range at once, from the lockfile `npm ci` installs.
 */
interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
  optional?: boolean;
  dev?: boolean;
}
interface Manifest {
  engines: { node: string };
  devDependencies: Record<string, string>;
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockedPackage>;
};
const supported = manifest.engines.node;

function nodeRange(locked: LockedPackage): string | undefined {
  return Array.isArray(locked.engines) ? undefined : locked.engines?.node;
}

describe('Node.js versions (issue 18)', () => {
  it('the supported range is valid, and holds the Node.js that runs npm here', () => {
    expect(semver.validRange(supported)).not.toBeNull();
    // Under `npm test`/`npx`, vitest runs on the project's Node 22; npm names the Node it runs on itself.
    const npmNode = process.env['npm_node_execpath'];
    const version = npmNode
      ? execFileSync(npmNode, ['--version'], { encoding: 'utf8' }).trim()
      : process.version;
    expect(semver.satisfies(version, supported)).toBe(true);
  });

  it('every package npm ci installs accepts every Node.js the project supports (no EBADENGINE)', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([path, locked]) => path !== '' && !locked.optional)
      .flatMap(([path, locked]) => {
        const range = nodeRange(locked);
        if (range === undefined || semver.subset(supported, range, { includePrerelease: false })) {
          return [];
        }
        return [`${path.replace(/^node_modules\//, '')}@${locked.version ?? '?'} wants node ${range}`];
      });
    expect(refusing).toEqual([]);
  });

  it('the runtime the npm scripts use (the `node` package) and Lambda’s Node 22 are in the range', () => {
    const scriptsNode = manifest.devDependencies['node'];
    expect(scriptsNode).toBeDefined();
    expect(semver.satisfies(scriptsNode ?? '', supported)).toBe(true);
    expect(semver.intersects(supported, '22.x')).toBe(true);
  });

  it('the range is no wider than the packages need: its floor is the highest floor among them', () => {
    const floors = Object.values(lock.packages)
      .map(nodeRange)
      .flatMap((range) => (range === undefined ? [] : [semver.minVersion(range)]))
      .flatMap((min) => (min === null ? [] : [min.version]));
    const highest = floors.reduce((a, b) => (semver.gt(a, b) ? a : b), '0.0.0');
    expect(semver.minVersion(supported)?.version).toBe(highest);
  });
});
