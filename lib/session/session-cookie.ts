/** The cookie that carries a session token. Only its SHA-256 hash is ever stored. */
export const SESSION_COOKIE = "session";
