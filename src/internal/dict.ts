/**
 * Maps built from data nobody here wrote (Terraform keys, tags, for_each keys, JSON documents):
 * without a prototype, so that every key is an own property, `__proto__`, `constructor` and
 * `hasOwnProperty` included: a key cannot set an object's prototype, be dropped, be found where
 * it was never written, or reach Object.prototype. Pure TypeScript.
 */

/** An empty object without prototype: `o[key] = v` defines an own property whatever `key` is. */
export function dict<T = unknown>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Whether `key` is an own property of `o` (never one inherited from Object.prototype). */
export function hasOwn(o: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/** `o[key]` when it is an own property, else undefined (`o.constructor` of a plain object is not a value). */
export function own<T>(o: Readonly<Record<string, T>>, key: string): T | undefined {
  return hasOwn(o, key) ? o[key] : undefined;
}

/** Sets an own property, even `__proto__` on an object that has a prototype (a JSON document). */
export function setOwn(o: object, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
}
