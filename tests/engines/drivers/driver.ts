/**
 * One browser engine, driven the same way whatever drives it underneath: the cross-engine checks
 * are written once against this interface, and each engine has one implementation of it.
 */

export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export interface Viewport {
  width: number;
  height: number;
}

/** How a wheel turns: up and down, sideways, or up and down with Shift held. */
export type WheelInput = 'vertical' | 'sideways' | 'shift';

/** Keys the checks press, by their WebDriver / Playwright names. */
export type KeyName = 'Tab' | 'End' | 'Home' | 'PageDown' | 'ArrowRight';

export interface EngineDriver {
  readonly engine: EngineName;
  /** Sets the page's viewport (innerWidth × innerHeight) to `viewport` and loads `url` to its load event. */
  open(url: string, viewport: Viewport): Promise<void>;
  /** Runs `fn` in the page (its text is sent, so it must not close over anything) and returns its result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Turns the mouse wheel by `notches` with the pointer at `at` in the viewport: down when positive
   * (`vertical`, the default), right when positive (`sideways`, a trackpad's or tilting wheel's
   * sideways scroll), or down with Shift held (`shift`, which browsers turn into a sideways scroll).
   */
  wheel(notches: number, at: { x: number; y: number }, how?: WheelInput): Promise<void>;
  /** Presses and releases a key in the page. */
  key(key: KeyName): Promise<void>;
  /** A PNG of the viewport. */
  screenshot(): Promise<Buffer>;
  /** JavaScript errors (uncaught exceptions, rejections, console errors, policy violations) since `open`. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

/** How many CSS pixels one wheel notch moves in Playwright and puppeteer (the usual line-scroll delta). */
export const WHEEL_NOTCH = 100;

/** Serialises `fn` with its argument into an expression that evaluates to its (awaited) result. */
export function callExpression(fn: (arg: never) => unknown, arg: unknown): string {
  return `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
}
