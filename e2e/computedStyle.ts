// Reading an element's computed style from tests (runs in Node; the evaluation runs in the page).
import type { Locator } from 'playwright-core';

/** The alpha of an element's computed background colour (1 when opaque). */
export function backgroundAlpha(target: Locator): Promise<number> {
  return target.evaluate((el) => {
    const c = getComputedStyle(el).backgroundColor;
    const parts =
      /rgba?\(([^)]+)\)/
        .exec(c)?.[1]
        ?.split(/[\s,/]+/)
        .filter(Boolean) ?? [];
    return parts.length === 4 ? Number(parts[3]) : parts.length === 3 ? 1 : 0;
  });
}
