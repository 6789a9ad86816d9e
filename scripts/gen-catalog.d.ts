// Types for the plain-JS generator, so tests can import it under strict TypeScript.
/** absolute path of runtime/catalog.ts */
export declare const CATALOG_PATH: string
/** the text runtime/catalog.ts must have; pure and deterministic */
export declare function generateCatalog(): string
