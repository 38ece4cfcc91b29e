/**
 * libphonenumber's max metadata, the same module its `libphonenumber-js/max` entry loads (the
 * package exports it as `./metadata.max`; its own typings are only found by the newer module
 * resolutions, so the type is declared here).
 */
declare module 'libphonenumber-js/metadata.max' {
  import type { MetadataJson } from 'libphonenumber-js/core';

  const metadata: MetadataJson;
  export default metadata;
}
