/** The machine a run measured, for the report and docs/performance.md. */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memory: string;
  os: string;
  node: string;
  chromium: string;
  /** The 1-minute load average when the run started and when it ended: other work on the machine skews figures. */
  load: string;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function cpuModel(): string {
  const line = readText('/proc/cpuinfo')
    .split('\n')
    .find((entry) => entry.startsWith('model name'));
  return line?.split(':')[1]?.trim() ?? cpus()[0]?.model ?? 'unknown CPU';
}

function osName(): string {
  const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readText('/etc/os-release'))?.[1];
  return `${pretty ?? process.platform} (kernel ${release()})`;
}

/** The 1-minute load average, e.g. "0.42". */
export function currentLoad(): string {
  return (loadavg()[0] ?? 0).toFixed(2);
}

/** CPU count and model, RAM, OS, Node and (when known) Chromium versions, and the load before → after. */
export function machineInfo(chromiumVersion: string | null, loadAtStart: string): MachineInfo {
  return {
    cpus: availableParallelism(),
    cpuModel: cpuModel(),
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: osName(),
    node: process.version,
    chromium: chromiumVersion ?? 'not available',
    load: `${loadAtStart} at the start, ${currentLoad()} at the end`,
  };
}

/** One line per fact, for the top of the report. */
export function describeMachine(info: MachineInfo): string {
  return [
    `CPU: ${info.cpus} × ${info.cpuModel}`,
    `RAM: ${info.memory}`,
    `OS: ${info.os}`,
    `Node: ${info.node}`,
    `Chromium: ${info.chromium}`,
    `Load average (1 min): ${info.load}`,
  ].join('\n');
}
