/** How much of a child's stderr is kept, to say why it died. */
const TAIL_CHARS = 4000;
/** Longer than the phrase, so one cut anywhere in it leaves it whole across two chunks. */
const SPLIT_MARGIN = 32;
/** V8's fatal messages: "JavaScript heap out of memory", "Fatal process out of memory: …". */
const OUT_OF_MEMORY = /out of memory/i;

/**
 * What an import process said on stderr: the end of it, for the log and the reason, and whether it ever
 * said it ran out of memory. The second is kept apart because V8 prints its out-of-memory line first and
 * a native stack trace after it, which can be longer than the tail (seen in CI: a SIGABRT whose tail held
 * only stack frames, so the import was reported as "stopped by SIGABRT" instead of out of memory).
 */
export class StderrRecord {
  private text = '';
  private sawOutOfMemory = false;

  append(chunk: string): void {
    // Tested with the end of what came before, so a message split across two chunks is still found.
    if (OUT_OF_MEMORY.test(this.text.slice(-SPLIT_MARGIN) + chunk)) this.sawOutOfMemory = true;
    this.text = (this.text + chunk).slice(-TAIL_CHARS);
  }

  get tail(): string {
    return this.text;
  }

  get ranOutOfMemory(): boolean {
    return this.sawOutOfMemory;
  }
}
