/**
 * What a page may cost. The first round trip carries about 14 KB (RFC 6928's initial window of ten
 * segments): a page whose HTML and render-blocking CSS fit in it renders without waiting for a
 * second. Brotli 11 bytes, as a static host serves them.
 */
export const BUDGET = { firstRender: 14_000, scriptOnLoad: 3_000, font: 30_000 };
