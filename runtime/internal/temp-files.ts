/**
 * Temporary files (downloadFile, chooseImage, canvasToTempFilePath, ...). A tempFilePath is
 * a `blob:` URL, so it works directly as an image or media `src`; this registry keeps the
 * Blob behind it so uploadFile, saveFile, getFileInfo and the file system can read it.
 */
const files = new Map<string, Blob>()

export function createTempFile(blob: Blob): string {
  const path = URL.createObjectURL(blob)
  files.set(path, blob)
  return path
}

export function readTempFile(path: string): Blob | undefined {
  return files.get(path)
}

export function isTempFile(path: string): boolean {
  return files.has(path)
}

export function releaseTempFile(path: string): void {
  if (files.delete(path)) URL.revokeObjectURL(path)
}

/**
 * Registers `blob` under a path the caller chose (e.g. downloadFile's `filePath`,
 * `wxfile://usr/...`), replacing what was there. No object URL is made for it.
 */
export function writeTempFile(path: string, blob: Blob): void {
  files.set(path, blob)
}

/** Every registered path (the file system picks up files that downloadFile saved under `wxfile://usr`). */
export function tempFilePaths(): string[] {
  return [...files.keys()]
}
