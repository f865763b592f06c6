/**
 * A dependency a lower module declares for one above it (the module graph stays one-way): the module exports
 * `port<T>(…)`, calls `.get()` where it needs it, and src/server/case-file.wiring.ts (top) `.provide`s it once
 * at load, as the audit catalogue registers events. A missing wiring fails loudly at the first use.
 */
export interface Port<T> {
  provide(value: T): void;
  get(): T;
}

export function port<T>(what: string): Port<T> {
  let value: T | null = null;
  return {
    provide: (v) => {
      value = v;
    },
    get: () => {
      if (value === null) throw new Error(`${what} is not wired (import src/server/case-file.wiring.ts at start-up)`);
      return value;
    },
  };
}
