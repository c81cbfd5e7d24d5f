/**
 * Preloaded into a timed build (`node --import`, `timeCommand`'s `cpu` option): on exit, the
 * process says how much CPU it used, all its threads together (the encoders' too), in a line the
 * benchmark reads back. CPU time moves far less than wall-clock time on a shared machine.
 */
import { CPU_MARK } from './project-copy.ts';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\n${CPU_MARK}${Math.round((user + system) / 1000)}\n`);
});
