/**
 * The review's limits: how much it reads, expands and evaluates before it says a configuration is
 * too large to review (CA630), with the file and line it was working on. Modelled on Terraform's
 * own: `range()` produces at most 1024 values and refuses a step of 0 (as Terraform does, an
 * evaluation error: the value is unknown); the rest are bounds Terraform leaves to the machine,
 * set so that a real configuration (tens of thousands of resources) passes and a hostile one
 * (`count = 1e9`, a list doubled 39 times, a loop of module folders) stops in bounded time and
 * memory. Pure TypeScript.
 */

export const LIMITS = {
  /** Bytes of one JSON input (a plan, a cdk.tf.json). */
  jsonFileBytes: 256 * 1024 * 1024,
  /** Bytes of one .tf, .tf.json or .tfvars file of a folder. */
  hclFileBytes: 64 * 1024 * 1024,
  /** Nesting of arrays and objects in a JSON document, an HCL body, or a value. */
  nesting: 256,
  /** Resource and module instances of one reviewed folder (count, for_each, module calls). */
  instances: 100_000,
  /** Module calls nested in one another. */
  moduleDepth: 16,
  /** Elements (list items, map entries, scalars) of one value, shared parts counted each time they appear. */
  valueElements: 1_000_000,
  /** Characters of one string. */
  stringChars: 4 * 1024 * 1024,
  /** Characters of all the strings of one value, shared parts counted each time they appear. */
  valueChars: 16 * 1024 * 1024,
  /** Evaluation steps of one reviewed folder (expression nodes, for iterations, values produced). */
  evaluationSteps: 5_000_000,
  /** Expressions evaluated inside one another (through locals, resources, modules). */
  evaluationDepth: 500,
  /** Terraform's own limit of `range()` (function range, "more than 1024 values were generated"). */
  rangeValues: 1024,
} as const;

/** Where a limit was reached: the file, and the line of the block, when known. */
export interface LimitWhere {
  readonly file: string;
  readonly line?: number;
}

/** A limit reached: turned into one CA630 line by the loader, naming `where`. */
export class ReviewLimitError extends Error {
  where?: LimitWhere;
  constructor(readonly what: string, where?: LimitWhere) {
    super(`too large to review: ${what}`);
    this.name = 'ReviewLimitError';
    this.where = where;
  }

  /** Sets where the limit was reached, unless a more precise place is already known. */
  at(where: LimitWhere): this {
    if (!this.where || (this.where.line === undefined && where.line !== undefined && this.where.file === where.file)) this.where = where;
    return this;
  }
}

/** The work done so far for one reviewed folder. */
export class Budget {
  steps = 0;
  depth = 0;
  instances = 0;

  /** Counts `n` evaluation steps. */
  step(n = 1): void {
    this.steps += n;
    if (this.steps > LIMITS.evaluationSteps) {
      throw new ReviewLimitError(`more than ${LIMITS.evaluationSteps.toLocaleString('en-US')} evaluation steps (expressions, for iterations, values built)`);
    }
  }

  /** Counts one resource or module instance (`what` names it). */
  instance(what: string, n = 1): void {
    this.instances += n;
    if (this.instances > LIMITS.instances) {
      throw new ReviewLimitError(`${what}: more than ${LIMITS.instances.toLocaleString('en-US')} resource and module instances`);
    }
  }

  /** Runs `fn` one evaluation level deeper. */
  deeper<T>(fn: () => T): T {
    if (++this.depth > LIMITS.evaluationDepth) {
      this.depth--;
      throw new ReviewLimitError(`expressions nested more than ${LIMITS.evaluationDepth} deep (through locals, resources and modules)`);
    }
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }
}

let current = new Budget();

/** The budget of the folder being reviewed. */
export function budget(): Budget {
  return current;
}

/** Starts a fresh budget (one per reviewed folder); returns it. */
export function startBudget(): Budget {
  current = new Budget();
  return current;
}

/** Size of a value: elements and string characters, shared parts counted each time; cached per object. */
interface Size {
  readonly elements: number;
  readonly chars: number;
  readonly depth: number;
}

const sizes = new WeakMap<object, Size>();

/** A string of at most `LIMITS.stringChars` characters (`what` names where it is built). */
export function checkString(length: number, what: string): void {
  if (length > LIMITS.stringChars) {
    throw new ReviewLimitError(`${what} would be a string of ${length.toLocaleString('en-US')} characters, more than ${LIMITS.stringChars.toLocaleString('en-US')}`);
  }
}

/** A collection of at most `LIMITS.valueElements` elements (`what` names where it is built). */
export function checkElements(count: number, what: string): void {
  if (count > LIMITS.valueElements) {
    throw new ReviewLimitError(`${what} would have ${count.toLocaleString('en-US')} elements, more than ${LIMITS.valueElements.toLocaleString('en-US')}`);
  }
}

/**
 * Measures a value (arrays and plain objects; other objects count as one element) and throws a
 * ReviewLimitError when it is too large or too deeply nested. Linear in the parts not measured
 * before: a value built from measured parts (a local of locals) costs only its new parts, however
 * often the parts are shared.
 */
export function measure(v: unknown, what: string): Size {
  const size = sizeOf(v, 0);
  if (size.elements > LIMITS.valueElements) {
    throw new ReviewLimitError(`${what} has ${size.elements.toLocaleString('en-US')} elements, more than ${LIMITS.valueElements.toLocaleString('en-US')}`);
  }
  if (size.chars > LIMITS.valueChars) {
    throw new ReviewLimitError(`${what} holds ${size.chars.toLocaleString('en-US')} characters of strings, more than ${LIMITS.valueChars.toLocaleString('en-US')}`);
  }
  return size;
}

const SCALAR: Size = { elements: 1, chars: 0, depth: 0 };

function sizeOf(v: unknown, depth: number): Size {
  if (typeof v === 'string') return { elements: 1, chars: v.length, depth: 0 };
  if (typeof v !== 'object' || v === null) return SCALAR;
  const known = sizes.get(v);
  if (known) return known;
  if (depth >= LIMITS.nesting) throw new ReviewLimitError(`a value nested more than ${LIMITS.nesting} deep`);
  const isArray = Array.isArray(v);
  const proto = isArray ? Array.prototype : Object.getPrototypeOf(v);
  // Plain values only (arrays, maps): an Unknown or other object is one element.
  if (!isArray && proto !== null && proto !== Object.prototype) return SCALAR;
  let elements = 1;
  let chars = 0;
  let inner = 0;
  const children: unknown[] = isArray ? (v as unknown[]) : Object.values(v);
  if (!isArray) for (const k of Object.keys(v)) chars += k.length;
  for (const c of children) {
    const s = sizeOf(c, depth + 1);
    elements += s.elements;
    chars += s.chars;
    if (s.depth + 1 > inner) inner = s.depth + 1;
    // Stop early: the caller refuses it anyway, and the sums stay finite.
    if (elements > LIMITS.valueElements || chars > LIMITS.valueChars) break;
  }
  if (depth + inner > LIMITS.nesting) throw new ReviewLimitError(`a value nested more than ${LIMITS.nesting} deep`);
  const size = { elements, chars, depth: inner };
  sizes.set(v, size);
  return size;
}

/**
 * The deepest nesting of arrays and objects in a JSON text, by one scan of its characters (before
 * parsing: a document nested 100,000 deep is refused without the recursion that would overflow).
 * Stops early past `limit`.
 */
export function jsonNesting(text: string, limit: number = LIMITS.nesting): number {
  let depth = 0;
  let max = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: skip to its closing quote.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return max;
}

/**
 * The deepest nesting of brackets ((), [], {}) in a source text, strings and comments included
 * (a template's `${…}` nests as much as code does): an upper bound of what HCL's parser will
 * recurse through. Stops early past `limit`.
 */
export function bracketNesting(text: string, limit: number = LIMITS.nesting): number {
  let depth = 0;
  let max = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b || c === 0x7b) {
      if (++depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if ((c === 0x29 || c === 0x5d || c === 0x7d) && depth > 0) {
      depth--;
    }
  }
  return max;
}
