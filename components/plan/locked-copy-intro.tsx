/** What a locked copy is and what it leaves behind, above either plan's form for making one. */
export function LockedCopyIntro({ what }: { what: string }) {
  return (
    <>
      <p>
        A copy of your {what} in a file, locked with a passphrase you choose now. You could keep it on a USB stick or
        with someone you trust, and bring your {what} back from it later, even into a new account.
      </p>
      <p>
        The file lands in your downloads, named like <code>copy-2026-11-22.json</code>. Without the passphrase it cannot
        be read, but its name and the download can be seen. You may want to move it or delete the download entry.
      </p>
    </>
  );
}
