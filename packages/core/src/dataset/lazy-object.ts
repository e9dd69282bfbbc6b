/**
 * An object that stands for `build()`'s result and calls `build` only when first touched (a property
 * read, `in`, `instanceof`, key listing), then forwards everything to that one result. Lets a module
 * export a ready-looking constant — here the zod schemas — without building it at import, so that
 * importing the package costs nothing and bundlers can drop it when unused. Internal.
 */
export function lazyObject<T extends object>(build: () => T): T {
  let value: T | undefined;
  const get = (): T => (value ??= build());
  return new Proxy({} as T, {
    get: (_, key) => {
      const target = get();
      const result = Reflect.get(target, key, target) as unknown;
      return result;
    },
    set: (_, key, v) => Reflect.set(get(), key, v),
    has: (_, key) => Reflect.has(get(), key),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(get(), key);
      // The proxy target is an empty object, so every property must be reported as configurable.
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(get(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(get(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(get()),
  });
}
