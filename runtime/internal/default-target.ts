/** SDKVersion when neither the plugin nor configure() sets `target`: the newest base library in the catalog (checked by test/catalog). */
export const DEFAULT_TARGET = '3.17.0'
