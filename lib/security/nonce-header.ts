export const NONCE_HEADER = "x-nonce";
