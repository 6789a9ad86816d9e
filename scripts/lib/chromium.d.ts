import type { Browser, LaunchOptions } from 'playwright-core'

export const CHROMIUM_PATH: string
export const CHROMIUM_ARGS: string[]
export function launchChromium(extraArgs?: string[], options?: LaunchOptions): Promise<Browser>
