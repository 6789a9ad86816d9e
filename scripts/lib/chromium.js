// How every test, benchmark and script starts Chromium here: Debian's build (or
// CHROMIUM_PATH), headless, without the sandbox (we run as root) and without background
// traffic, which this machine's closed network would refuse.
import { chromium } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Launches Chromium with the flags above plus `extraArgs`; `options` go to playwright as is. */
export function launchChromium(extraArgs = [], options = {}) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs], ...options })
}
