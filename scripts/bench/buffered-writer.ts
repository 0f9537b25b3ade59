import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Buffered synchronous writer: text is concatenated until `chunk` characters (64 Ki by default), then
 * written with one writeSync. A small chunk keeps the pending text in V8's young generation, so it dies
 * in a cheap scavenge instead of being promoted and marked.
 */
export class BufferedWriter {
  private pending = '';
  bytes = 0;
  private readonly fd: number;

  constructor(
    file: string,
    private readonly chunk = 1 << 16,
  ) {
    this.fd = openSync(file, 'w');
  }

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= this.chunk) this.flush();
  }

  flush(): void {
    if (this.pending === '') return;
    // Strings go to writeSync as they are: no Buffer of our own. A short write (disk full) goes on as bytes.
    const written = writeSync(this.fd, this.pending);
    const length = Buffer.byteLength(this.pending);
    if (written < length) {
      const rest = Buffer.from(this.pending).subarray(written);
      for (let at = 0; at < rest.length; ) at += writeSync(this.fd, rest, at);
    }
    this.bytes += length;
    this.pending = '';
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
