/**
 * Progress of a long review on a terminal: one line on stderr, rewritten in place at most ten
 * times a second (files read, roots read, resources reviewed), cleared before anything else is
 * written. Nothing when stderr is not a terminal (a pipeline's log), or with --quiet.
 */
export class Progress {
  private files = 0;
  private resources = 0;
  private shown = false;
  private last = Number.NEGATIVE_INFINITY;

  constructor(private readonly write: (text: string) => void, private readonly prefix: string, private readonly now: () => number = Date.now) {}

  /** An input file was read. */
  file(): void {
    this.files++;
    this.show(`${this.files.toLocaleString('en-US')} file(s) read`);
  }

  /** A root was read (`done` of `of`), holding `resources` resources. */
  root(done: number, of: number, resources: number): void {
    this.resources += resources;
    this.show(`${done} of ${of} root(s) read, ${this.resources.toLocaleString('en-US')} resource(s)`, done === of);
  }

  /** The review of `resources` resources starts. */
  reviewing(resources: number): void {
    this.show(`reviewing ${resources.toLocaleString('en-US')} resource(s)`, true);
  }

  /** Clears the line (before a notice, or at the end). */
  clear(): void {
    if (!this.shown) return;
    this.write('\r\u001b[K');
    this.shown = false;
  }

  private show(text: string, force = false): void {
    const t = this.now();
    if (!force && t - this.last < 100) return;
    this.last = t;
    this.write(`\r${this.prefix}: ${text}\u001b[K`);
    this.shown = true;
  }
}
