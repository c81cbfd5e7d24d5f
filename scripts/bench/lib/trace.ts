/**
 * Main-thread work from a Chromium trace, counted in CPU time (the trace's thread durations) rather
 * than wall time, so a busy machine that keeps the page waiting for a core does not inflate it.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** CPU time of a complete event, in microseconds. */
  tdur?: number;
  args?: { name?: string };
}

export const WORK_KINDS = ['script', 'style', 'layout', 'paint', 'other'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export interface MainThreadWork {
  /** CPU time of every task on the page's main thread. */
  cpuMs: number;
  tasks: number;
  /** Tasks that took over 50 ms of CPU: work that blocks a frame whatever the machine's load. */
  longTasks: number;
  longestTaskMs: number;
  /** CPU time by kind of work (self time, so nothing counts twice). */
  byKind: Record<WorkKind, number>;
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

const KIND_OF: Record<string, WorkKind> = {
  FunctionCall: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  TimerFire: 'script',
  EvaluateScript: 'script',
  'v8.compile': 'script',
  'v8.run': 'script',
  'v8.callFunction': 'script',
  RunMicrotasks: 'script',
  MajorGC: 'script',
  MinorGC: 'script',
  'V8.GC_SCAVENGER': 'script',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
  'Decode Image': 'paint',
};

/** The renderer main thread with the most CPU time: the page's own (frames of other origins run elsewhere). */
export function pageMainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
  const mains = new Set(
    events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`),
  );
  const cpu = new Map<string, number>();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (event.ph === 'X' && TASK_NAMES.has(event.name) && mains.has(key)) cpu.set(key, (cpu.get(key) ?? 0) + (event.tdur ?? 0));
  }
  const best = [...cpu.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) return undefined;
  const [pid, tid] = best[0].split(':').map(Number) as [number, number];
  return { pid, tid };
}

/**
 * Sums the CPU time of the page's main thread between `start` and `end` (trace microseconds; all of
 * it when left out), by task and by kind of work.
 */
export function mainThreadWork(events: readonly TraceEvent[], window?: { start: number; end: number }): MainThreadWork {
  const work: MainThreadWork = { cpuMs: 0, tasks: 0, longTasks: 0, longestTaskMs: 0, byKind: { script: 0, style: 0, layout: 0, paint: 0, other: 0 } };
  const thread = pageMainThread(events);
  if (!thread) return work;
  const inside = (event: TraceEvent) => !window || (event.ts >= window.start && event.ts <= window.end);
  const timed = events
    .filter((event) => event.ph === 'X' && event.pid === thread.pid && event.tid === thread.tid && typeof event.tdur === 'number' && typeof event.dur === 'number' && inside(event))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);

  // Self time: an event's CPU time minus that of the events nested directly inside it.
  const stack: { event: TraceEvent; children: number }[] = [];
  const settle = (entry: { event: TraceEvent; children: number }) => {
    const self = Math.max(0, entry.event.tdur! - entry.children) / 1000;
    const kind = KIND_OF[entry.event.name];
    if (kind) work.byKind[kind] += self;
    else work.byKind.other += self;
  };
  for (const event of timed) {
    while (stack.length && stack.at(-1)!.event.ts + stack.at(-1)!.event.dur! <= event.ts) settle(stack.pop()!);
    if (stack.length) stack.at(-1)!.children += event.tdur!;
    else if (!TASK_NAMES.has(event.name)) {
      // Work outside any task still costs the thread; count it as a task of its own.
      work.tasks += 1;
      work.cpuMs += event.tdur! / 1000;
    }
    if (TASK_NAMES.has(event.name) && stack.length === 0) {
      const ms = event.tdur! / 1000;
      work.tasks += 1;
      work.cpuMs += ms;
      if (ms > 50) work.longTasks += 1;
      work.longestTaskMs = Math.max(work.longestTaskMs, ms);
    }
    stack.push({ event, children: 0 });
  }
  while (stack.length) settle(stack.pop()!);
  for (const kind of WORK_KINDS) work.byKind[kind] = Math.round(work.byKind[kind] * 10) / 10;
  work.cpuMs = Math.round(work.cpuMs * 10) / 10;
  return work;
}
