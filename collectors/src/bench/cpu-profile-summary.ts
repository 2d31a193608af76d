import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** The parts of a V8 .cpuprofile (node --cpu-prof) this summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

/**
 * Self time (the samples where a function itself was on top of the stack) grouped by `key`,
 * largest first. The time of each sample is the delta that follows it, as V8 records it.
 */
export function selfTimeBy(
  profile: CpuProfile,
  key: (frame: CpuProfile['nodes'][number]['callFrame']) => string,
): SelfTime[] {
  const frameOf = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((nodeId, index) => {
    const us = profile.timeDeltas[index + 1] ?? 0;
    const frame = frameOf.get(nodeId);
    if (!frame) return;
    const name = key(frame);
    totals.set(name, (totals.get(name) ?? 0) + us);
    all += us;
  });
  return [...totals.entries()]
    .map(([name, us]) => ({ name, ms: us / 1_000, share: all === 0 ? 0 : us / all }))
    .sort((a, b) => b.ms - a.ms);
}

/** "sequelize/lib/…", "collectors/dist/links/x.js", or V8's own "(garbage collector)". */
export function moduleOf(url: string, functionName: string): string {
  if (url === '') return `(${functionName.replace(/[()]/g, '') || 'native'})`;
  const path = url.replace(/^file:\/\//, '');
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage) return inPackage[1];
  if (path.startsWith('node:')) return path;
  const inRepo = /\/(database|collectors|api)\/dist\/(.*)$/.exec(path);
  return inRepo ? `${inRepo[1]}/${inRepo[2]}` : basename(path);
}

function printSummary(file: string): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const line = (entry: SelfTime) =>
    `${entry.ms.toFixed(0).padStart(8)} ms ${(entry.share * 100).toFixed(1).padStart(5)} %  ${entry.name}`;
  console.log(`Self time by module (${basename(file)}):`);
  selfTimeBy(profile, (frame) => moduleOf(frame.url, frame.functionName))
    .slice(0, 15)
    .forEach((entry) => console.log(line(entry)));
  console.log('Self time by function:');
  selfTimeBy(
    profile,
    (frame) =>
      `${frame.functionName || '(anonymous)'} ${moduleOf(frame.url, frame.functionName)}:${frame.lineNumber + 1}`,
  )
    .slice(0, 25)
    .forEach((entry) => console.log(line(entry)));
}

if (require.main === module) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node collectors/dist/bench/cpu-profile-summary.js <file.cpuprofile>…');
    process.exit(2);
  }
  files.forEach(printSummary);
}
