/**
 * Temporary files (downloadFile, chooseImage, canvasToTempFilePath, ...). A tempFilePath is
 * a `blob:` URL, so it works directly as an image or media `src`; this registry keeps the
 * Blob behind it so uploadFile, saveFile, getFileInfo and the file system can read it.
 */
const files = new Map<string, Blob>()
// Paths the map does not hold can be backed by another area (the file system serves
// `wxfile://usr/...` and saved files from its own store, without a Blob per write).
let source: ((path: string) => Blob | undefined) | undefined
// Bumped on every change to the map, so a reader can tell cheaply whether to rescan it.
let version = 0

export function createTempFile(blob: Blob): string {
  const path = URL.createObjectURL(blob)
  files.set(path, blob)
  version++
  return path
}

export function readTempFile(path: string): Blob | undefined {
  return files.get(path) ?? source?.(path)
}

export function isTempFile(path: string): boolean {
  return files.has(path) || source?.(path) !== undefined
}

export function releaseTempFile(path: string): void {
  if (!files.delete(path)) return
  version++
  URL.revokeObjectURL(path)
}

/** Lets one area answer readTempFile / isTempFile for the paths it owns. */
export function setTempFileSource(fn: (path: string) => Blob | undefined): void {
  source = fn
}

export function tempFilesVersion(): number {
  return version
}

/**
 * Registers `blob` under a path the caller chose (e.g. downloadFile's `filePath`,
 * `wxfile://usr/...`), replacing what was there. No object URL is made for it.
 */
export function writeTempFile(path: string, blob: Blob): void {
  files.set(path, blob)
  version++
}

/** Every registered path (the file system picks up files that downloadFile saved under `wxfile://usr`). */
export function tempFilePaths(): string[] {
  return [...files.keys()]
}
