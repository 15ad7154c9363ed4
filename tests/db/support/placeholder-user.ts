/** A User row with every column filled, for tests about tables that hang off it. */
export function placeholderUser(id: string) {
  return {
    id,
    usernameLookup: `lookup-${id}`,
    argon2MemoryKiB: 65536,
    argon2Passes: 3,
    argon2Lanes: 1,
    passphraseSalt: new Uint8Array(16),
    verifier: new Uint8Array(32),
    dataKeyUnderPassphrase: "{}",
    recoverySalt: new Uint8Array(16),
    dataKeyUnderRecovery: "{}",
  };
}
