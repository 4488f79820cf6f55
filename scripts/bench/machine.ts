/** The machine a run measured, for the report and docs/performance.md. */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem } from 'node:os';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memory: string;
  os: string;
  node: string;
  chromium: string;
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

/** CPU count and model, RAM, OS, Node and (when known) Chromium versions. */
export function machineInfo(chromiumVersion: string | null): MachineInfo {
  return {
    cpus: availableParallelism(),
    cpuModel: cpuModel(),
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: osName(),
    node: process.version,
    chromium: chromiumVersion ?? 'not available',
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
  ].join('\n');
}
