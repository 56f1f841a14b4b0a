/**
 * Debian's `chromium`, headless, driven over the DevTools protocol through --remote-debugging-pipe
 * (file descriptors 3 and 4, NUL-separated JSON): no WebSocket, no port, no browser download.
 * For the HTML report tests: load a file, collect console errors, exceptions and every request
 * the page makes, take screenshots at a size, evaluate scripts (axe-core), print to PDF.
 *
 * Missing chromium is one clear error (never a skip): `.ci/run` installs it.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable, Writable } from 'stream';

/** The browser to run: $CHROMIUM, else `chromium` on PATH. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM, 'chromium', 'chromium-browser'].filter((c): c is string => !!c);
  for (const c of candidates) {
    const found = c.includes('/') ? (fs.existsSync(c) ? c : undefined) : spawnSync('sh', ['-c', `command -v ${c}`], { encoding: 'utf8' }).stdout.trim();
    if (found) return found;
  }
  throw new Error('chromium is not installed: the HTML report is tested in a real browser. Install Debian\'s package: apt-get update && apt-get install -y chromium fonts-wqy-microhei (.ci/run does it)');
}

interface Pending {
  resolve: (v: any) => void;
  reject: (e: Error) => void;
  method: string;
}

/** What a page did while it loaded and ran. */
export interface PageLog {
  /** Console errors and warnings, exceptions, and browser log errors (CSP violations, failed loads). */
  readonly errors: string[];
  /** Every URL the page requested (the page itself included). */
  readonly requests: string[];
}

export class Chromium {
  static async launch(): Promise<Chromium> {
    const c = new Chromium();
    await c.send('Browser.getVersion');
    return c;
  }

  private readonly proc: ChildProcess;
  private readonly out: Writable;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners: Array<(method: string, params: any, sessionId?: string) => void> = [];
  private nextId = 1;
  private buffer = '';
  private readonly profile: string;
  private exited = false;

  private constructor() {
    this.profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
    this.proc = spawn(chromiumPath(), [
      '--headless', '--no-sandbox', '--disable-gpu', '--remote-debugging-pipe', `--user-data-dir=${this.profile}`,
      '--no-first-run', '--no-default-browser-check', '--disable-extensions', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--mute-audio', '--force-color-profile=srgb',
      '--font-render-hinting=none', '--disable-features=Translate,MediaRouter', 'about:blank',
    ], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.resume();
    this.out = this.proc.stdio[3] as Writable;
    (this.proc.stdio[4] as Readable).on('data', (chunk: Buffer) => this.receive(chunk.toString('utf8')));
    this.proc.on('exit', () => {
      this.exited = true;
      for (const p of this.pending.values()) p.reject(new Error(`chromium exited during ${p.method}`));
      this.pending.clear();
    });
  }

  private receive(text: string): void {
    this.buffer += text;
    let end: number;
    while ((end = this.buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(this.buffer.slice(0, end));
      this.buffer = this.buffer.slice(end + 1);
      if (message.id !== undefined) {
        const p = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) p?.reject(new Error(`${p.method}: ${message.error.message}`));
        else p?.resolve(message.result);
      } else {
        for (const l of this.listeners) l(message.method, message.params, message.sessionId);
      }
    }
  }

  send(method: string, params: object = {}, sessionId?: string): Promise<any> {
    if (this.exited) return Promise.reject(new Error('chromium is not running'));
    const id = this.nextId++;
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.out.write(`${message}\0`);
    });
  }

  /** A new page (tab) with the events it reports. */
  async page(): Promise<Page> {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(this, sessionId, targetId);
    this.listeners.push((method, params, s) => { if (s === sessionId) page.event(method, params); });
    await Promise.all(['Page.enable', 'Runtime.enable', 'Log.enable', 'Network.enable'].map((m) => this.send(m, {}, sessionId)));
    return page;
  }

  async close(): Promise<void> {
    if (!this.exited) {
      const gone = new Promise((r) => this.proc.once('exit', r));
      this.send('Browser.close').catch(() => undefined);
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5000).unref())]);
      if (!this.exited) this.proc.kill('SIGKILL');
    }
    fs.rmSync(this.profile, { recursive: true, force: true });
  }
}

export class Page {
  private log: { errors: string[]; requests: string[] } = { errors: [], requests: [] };
  private loaded?: () => void;

  constructor(private readonly browser: Chromium, private readonly sessionId: string, readonly targetId: string) {}

  event(method: string, params: any): void {
    if (method === 'Runtime.consoleAPICalled' && (params.type === 'error' || params.type === 'warning' || params.type === 'assert')) {
      this.log.errors.push(`console.${params.type}: ${params.args.map((a: any) => a.value ?? a.description ?? '').join(' ')}`);
    } else if (method === 'Runtime.exceptionThrown') {
      this.log.errors.push(`exception: ${params.exceptionDetails?.exception?.description ?? params.exceptionDetails?.text}`);
    } else if (method === 'Log.entryAdded' && (params.entry.level === 'error' || params.entry.level === 'warning')) {
      this.log.errors.push(`log.${params.entry.level} (${params.entry.source}): ${params.entry.text}`);
    } else if (method === 'Network.requestWillBeSent') {
      this.log.requests.push(params.request.url);
    } else if (method === 'Page.loadEventFired') {
      this.loaded?.();
    }
  }

  send(method: string, params: object = {}): Promise<any> {
    return this.browser.send(method, params, this.sessionId);
  }

  /** Sets the viewport (CSS pixels, device scale 1). */
  async viewport(width: number, height: number, mobile = false): Promise<void> {
    await this.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile });
  }

  /** Loads `file` and waits for its load event; returns what the page logged and requested. */
  async open(file: string): Promise<PageLog> {
    this.log = { errors: [], requests: [] };
    const loaded = new Promise<void>((resolve) => { this.loaded = resolve; });
    const { errorText } = await this.send('Page.navigate', { url: `file://${path.resolve(file)}` });
    if (errorText) throw new Error(`${file}: ${errorText}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${file}: no load event in 15 s`)), 15_000); });
    try {
      await Promise.race([loaded, timeout]);
    } finally {
      clearTimeout(timer);
    }
    // Let late console messages and requests (a lazy image, a font) arrive.
    await this.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)))');
    return this.log;
  }

  /** The value of a script run in the page (awaited when it is a promise). */
  async evaluate<T = any>(expression: string): Promise<T> {
    const r = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`evaluate: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  }

  /** A PNG of the viewport. */
  async screenshot(): Promise<Buffer> {
    const { data } = await this.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: false });
    return Buffer.from(data, 'base64');
  }

  /** Emulates `print` or `screen` media. */
  async media(media: 'print' | 'screen'): Promise<void> {
    await this.send('Emulation.setEmulatedMedia', { media });
  }

  /** The page printed (A4), as PDF bytes. */
  async pdf(): Promise<Buffer> {
    const { data } = await this.send('Page.printToPDF', { paperWidth: 8.27, paperHeight: 11.69, printBackground: true });
    return Buffer.from(data, 'base64');
  }

  async close(): Promise<void> {
    await this.browser.send('Target.closeTarget', { targetId: this.targetId });
  }
}
