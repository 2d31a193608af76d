import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One stored entry: its sequence number, size and the samples it holds (for the counts). */
interface BufferedEntry {
  sequence: number;
  file: string;
  bytes: number;
  samples: number;
}

export interface DiskBufferStats {
  entries: number;
  bytes: number;
  samples: number;
}

/** `000000000042-1234.json`: the order, then the samples inside, so a restart needs no parsing. */
const ENTRY_FILE = /^(\d{12})-(\d+)\.json$/;

/**
 * A bounded first-in-first-out queue of write batches on disk, for the minutes the database is
 * away. One file per batch, named by a rising sequence, written to a temporary name and renamed
 * (a crash never leaves half an entry). Entries are replayed oldest first; a batch that would
 * push the total past `maxBytes` is refused and its samples counted as dropped: the oldest data
 * is kept, so the gap in history has one edge, not holes throughout.
 */
export class DiskBuffer {
  private entries: BufferedEntry[] = [];
  private nextSequence = 1;
  private totalBytes = 0;
  private totalSamples = 0;

  constructor(
    readonly directory: string,
    readonly maxBytes: number,
  ) {}

  /** Creates the directory, or picks up the entries a previous run left behind. */
  async open(): Promise<DiskBufferStats> {
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const names = (await readdir(this.directory)).filter((name) => ENTRY_FILE.test(name)).sort();
    this.entries = [];
    for (const file of names) {
      const [, sequence, samples] = ENTRY_FILE.exec(file) as RegExpExecArray;
      const { size } = await stat(join(this.directory, file));
      this.entries.push({
        sequence: Number(sequence),
        file,
        bytes: size,
        samples: Number(samples),
      });
    }
    this.totalBytes = this.entries.reduce((sum, entry) => sum + entry.bytes, 0);
    this.totalSamples = this.entries.reduce((sum, entry) => sum + entry.samples, 0);
    this.nextSequence = (this.entries.at(-1)?.sequence ?? 0) + 1;
    return this.stats();
  }

  /** Stores a batch at the end of the queue; false (nothing stored) when it would not fit. */
  async append(text: string, samples: number): Promise<boolean> {
    const bytes = Buffer.byteLength(text);
    if (!fitsWithin(this.totalBytes, bytes, this.maxBytes)) return false;
    const sequence = this.nextSequence;
    this.nextSequence += 1;
    const file = `${String(sequence).padStart(12, '0')}-${samples}.json`;
    const temporary = join(this.directory, `.${file}.tmp`);
    await writeFile(temporary, text, { mode: 0o600 });
    await rename(temporary, join(this.directory, file));
    this.entries.push({ sequence, file, bytes, samples });
    this.totalBytes += bytes;
    this.totalSamples += samples;
    return true;
  }

  /** The oldest batch's text, or null when the buffer is empty. */
  async oldest(): Promise<string | null> {
    const entry = this.entries[0];
    return entry ? readFile(join(this.directory, entry.file), 'utf8') : null;
  }

  /** Forgets the oldest batch, after it was written (or found unwritable). */
  async removeOldest(): Promise<void> {
    const entry = this.entries.shift();
    if (!entry) return;
    this.totalBytes -= entry.bytes;
    this.totalSamples -= entry.samples;
    await unlink(join(this.directory, entry.file));
  }

  isEmpty(): boolean {
    return this.entries.length === 0;
  }

  stats(): DiskBufferStats {
    return { entries: this.entries.length, bytes: this.totalBytes, samples: this.totalSamples };
  }
}

/** The bound: an entry is taken only when the buffer stays within its budget with it. */
export function fitsWithin(currentBytes: number, addedBytes: number, maxBytes: number): boolean {
  return currentBytes + addedBytes <= maxBytes;
}
