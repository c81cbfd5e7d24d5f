import { describe, expect, it } from 'vitest';
import { mainThreadWork, pageMainThread, type TraceEvent } from '../../scripts/bench/lib/trace.ts';

const thread = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid, ts: 0, args: { name } });
/** A complete event: start and wall duration in ms, CPU time in ms. */
const work = (name: string, start: number, wall: number, cpu: number, pid = 1, tid = 10): TraceEvent => ({
  name,
  ph: 'X',
  pid,
  tid,
  ts: start * 1000,
  dur: wall * 1000,
  tdur: cpu * 1000,
});

describe('mainThreadWork', () => {
  const events: TraceEvent[] = [
    thread(1, 10, 'CrRendererMain'),
    thread(1, 11, 'Compositor'),
    thread(2, 20, 'CrRendererMain'),
    // A scroll task: a script that forces style and layout, then a paint.
    work('RunTask', 0, 120, 70),
    work('EventDispatch', 1, 60, 40),
    work('FunctionCall', 2, 55, 38),
    work('UpdateLayoutTree', 10, 20, 10),
    work('Layout', 31, 10, 8),
    work('Paint', 70, 30, 20),
    // A short task, waiting on a busy machine: long in wall time, short in CPU.
    work('RunTask', 200, 90, 12),
    work('FireAnimationFrame', 201, 80, 10),
    // Other threads do not count.
    work('RunTask', 0, 500, 400, 1, 11),
    work('RunTask', 0, 10, 5, 2, 20),
  ];

  it('finds the page’s main thread by its CPU time', () => {
    expect(pageMainThread(events)).toEqual({ pid: 1, tid: 10 });
  });

  it('counts tasks over 50 ms of CPU, not of wall time', () => {
    const result = mainThreadWork(events);
    expect(result).toMatchObject({ cpuMs: 82, tasks: 2, longTasks: 1, longestTaskMs: 70 });
  });

  it('splits the CPU time by kind of work without counting nested work twice', () => {
    expect(mainThreadWork(events).byKind).toEqual({ script: 32, style: 10, layout: 8, paint: 20, other: 12 });
  });

  it('keeps to a time window, and has nothing to say without a renderer', () => {
    expect(mainThreadWork(events, { start: 150_000, end: 400_000 })).toMatchObject({ cpuMs: 12, tasks: 1, longTasks: 0 });
    expect(mainThreadWork([work('RunTask', 0, 10, 10)])).toMatchObject({ cpuMs: 0, tasks: 0 });
  });
});
