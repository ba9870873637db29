import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams, SpawnOptionsWithoutStdio } from 'node:child_process';

/** Process groups started by this test file and not yet known to be gone. */
const groups = new Set<number>();

/**
 * Spawns a command in its own process group (`detached`), so that everything it starts (tsx's Node,
 * DynamoDB Local's Java) can be killed with it. Pair with `killProcessGroups` in `afterAll`: the group is
 * killed even when the test that started it failed or timed out.
 */
export function spawnInGroup(
  command: string,
  args: readonly string[],
  options: SpawnOptionsWithoutStdio = {},
): ChildProcessWithoutNullStreams {
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid !== undefined) groups.add(child.pid);
  return child;
}

/** SIGKILLs one process group (the child's pid is its group id); quiet when it is already gone. */
export function killProcessGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  groups.delete(pid);
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the whole group has already exited
  }
}

/** SIGKILLs every process group this file started: call in `afterAll`, whatever happened to the tests. */
export function killProcessGroups(): void {
  for (const pid of [...groups]) killProcessGroup(pid);
}
