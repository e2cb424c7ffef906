/** The machine a run happened on, for the report. */
import { readFile } from 'node:fs/promises';
import os from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  date: string;
  /** 1-minute load average when the run started (other work on the machine skews the numbers). */
  loadAverage: number;
}

export async function machineInfo(): Promise<MachineInfo> {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const cpuinfo = await readFile('/proc/cpuinfo', 'utf8');
    const match = /^model name\s*:\s*(.+)$/m.exec(cpuinfo);
    if (match) cpu = match[1].trim();
  } catch {
    // Not Linux: keep os.cpus().
  }
  return {
    cpu,
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  };
}

/** CPU time counters of the whole machine and of this process tree (self plus reaped children), in clock ticks. */
export interface CpuCounters {
  machineBusy: number;
  machineTotal: number;
  ownTree: number;
}

/** Reads /proc (Linux); null elsewhere. */
export async function readCpuCounters(): Promise<CpuCounters | null> {
  try {
    const [stat, self] = await Promise.all([readFile('/proc/stat', 'utf8'), readFile('/proc/self/stat', 'utf8')]);
    // cpu  user nice system idle iowait irq softirq steal ...
    const cpu = stat.split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
    const total = cpu.reduce((sum, value) => sum + value, 0);
    const idle = cpu[3] + cpu[4];
    // After the command name: state ppid ... utime(14) stime(15) cutime(16) cstime(17).
    const fields = self.slice(self.lastIndexOf(')') + 2).split(' ').map(Number);
    const ownTree = fields[11] + fields[12] + fields[13] + fields[14];
    return { machineBusy: total - idle, machineTotal: total, ownTree };
  } catch {
    return null;
  }
}

/**
 * Share of the machine's CPU capacity used by processes other than the bench and its servers
 * between two readings (0..1), or null when unknown. Servers count once they have exited.
 */
export function otherCpuShare(start: CpuCounters | null, end: CpuCounters | null): number | null {
  if (!start || !end || end.machineTotal <= start.machineTotal) return null;
  const others = end.machineBusy - start.machineBusy - (end.ownTree - start.ownTree);
  return Math.max(0, others) / (end.machineTotal - start.machineTotal);
}
